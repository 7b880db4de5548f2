import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineEntry, TimelineKind } from '../../src-shared/api';
import { useApi } from '../api';

export interface TimelineFilter {
  readonly kinds: readonly TimelineKind[];
  /** Empty: every activity type. */
  readonly activityTypes: readonly string[];
}

export interface TimelineState {
  readonly entries: readonly TimelineEntry[] | null;
  readonly failure: unknown;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  loadMore(): void;
}

/** Record types whose changes can change a timeline. */
const WATCHED = ['activity', 'note', 'attachment'];
const PAGE = 25;

/**
 * The pages of a record's timeline read so far. A change to activities,
 * notes or the record re-reads as many entries as are shown, so a new entry
 * appears on top without losing the user's place.
 */
export function useTimeline(entity: string, id: string, filter: TimelineFilter): TimelineState {
  const api = useApi();
  const [entries, setEntries] = useState<readonly TimelineEntry[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = useRef(PAGE);
  const generation = useRef(0);
  const { kinds, activityTypes } = filter;

  const input = useCallback(
    (limit: number, after?: string) => ({
      entity,
      id,
      types: [...kinds],
      ...(activityTypes.length > 0 ? { activityTypes: [...activityTypes] } : {}),
      limit,
      ...(after ? { after } : {}),
    }),
    [entity, id, kinds, activityTypes],
  );

  const reload = useCallback(() => {
    const mine = ++generation.current;
    api.call('timeline.list', input(Math.min(Math.max(shown.current, PAGE), 100))).then(
      (page) => {
        if (mine !== generation.current) return;
        setEntries(page.entries);
        setNext(page.next);
        setFailure(null);
      },
      (error: unknown) => mine === generation.current && setFailure(error),
    );
  }, [api, input]);

  // Answers to calls made before a filter change or unmount are dropped.
  const invalidate = useCallback(() => {
    generation.current++;
  }, []);

  useEffect(() => {
    // A new filter starts from one page; the old entries stay until its answer arrives.
    shown.current = PAGE;
    reload();
    const off = api.on('records-changed', (e) => {
      if (e.ids.includes(id) || e.entities.some((name) => WATCHED.includes(name))) reload();
    });
    return () => {
      invalidate();
      off();
    };
  }, [api, id, reload, invalidate]);

  const loadMore = useCallback(() => {
    if (!next || loadingMore) return;
    const mine = generation.current;
    setLoadingMore(true);
    api
      .call('timeline.list', input(PAGE, next))
      .then(
        (page) => {
          if (mine !== generation.current) return;
          setEntries((old) => {
            const all = [...(old ?? []), ...page.entries];
            shown.current = all.length;
            return all;
          });
          setNext(page.next);
        },
        (error: unknown) => setFailure(error),
      )
      .finally(() => setLoadingMore(false));
  }, [api, input, next, loadingMore]);

  return { entries, failure, hasMore: next !== null, loadingMore, loadMore };
}
