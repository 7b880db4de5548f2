import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { RecordRow } from '../../../src-shared/api';
import { useApi } from '../../api';
import type { Criteria } from '../../../src-shared/query';
import { DEFAULT_LIST_STATE, type ListViewState } from '../../stores/ui-store';
import { queryClock } from '../views/query-clock';
import { hasConditions } from '../views/view-state';
import { toApiFilter } from './filter-model';

export const PAGE_SIZE = 100;
/** The most rows one call may return; a refresh re-reads at most this many. */
const MAX_PAGE = 500;

export interface RecordListState {
  readonly rows: readonly RecordRow[];
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: unknown;
  /** True until the first page of the current query has arrived. */
  readonly initial: boolean;
  loadMore(): void;
}

/**
 * What a list asks for: sort, filters and quick find, plus the view's columns
 * and criteria when they differ from the record type's defaults.
 */
export interface ListQueryState extends Pick<ListViewState, 'sort' | 'filters' | 'quickFind'> {
  readonly columns?: readonly string[] | null;
  readonly criteria?: Criteria | null;
}

/**
 * The `records.list` input of a list view, without paging (start-up prefetch
 * builds the same). Columns and criteria are left out when they are the
 * defaults, so the default view asks exactly what the prefetch asked.
 */
export function listQuery(entity: string, view: ListQueryState) {
  return {
    entity,
    sort: view.sort,
    filters: view.filters.map(toApiFilter),
    ...(view.quickFind.trim() ? { quickFind: view.quickFind.trim() } : {}),
    ...(view.columns ? { columns: [...view.columns] } : {}),
    ...(hasConditions(view.criteria) ? { criteria: view.criteria, ...queryClock() } : {}),
  };
}

interface Loaded {
  readonly key: string;
  readonly rows: readonly RecordRow[];
  readonly cursor: string | null;
}

/**
 * Keyset-paged rows of one list query. Pages are appended as the user
 * scrolls; a new sort, filter or quick find starts over; `records-changed`
 * for the entity re-reads what is loaded (up to one large page) in place.
 */
export function useRecordList(entity: string, view: ListQueryState | null): RecordListState {
  const api = useApi();
  // Null while the list's view is not known yet (a saved view still loading): nothing is asked.
  const waiting = view === null;
  const { sort, filters, quickFind, columns = null, criteria = null } = view ?? DEFAULT_LIST_STATE;
  // Keyed on the parts, not on `view`, which may be a new object on every render.
  const query = useMemo(
    () => listQuery(entity, { sort, filters, quickFind, columns, criteria }),
    [entity, sort, filters, quickFind, columns, criteria],
  );
  const key = waiting ? '' : JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', rows: [], cursor: null });
  // The cursor whose next page is on its way; a new query or refresh changes the cursor, ending the wait.
  const [pendingCursor, setPendingCursor] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ key: string; error: unknown } | null>(null);
  // Which request may still write: a newer query or refresh invalidates older answers.
  const generation = useRef(0);

  const request = useCallback(
    (after: string | null, limit: number) => api.call('records.list', { ...query, limit, ...(after ? { after } : {}) }),
    [api, query],
  );

  const readFirstPage = useEffectEvent((forKey: string) => {
    const mine = ++generation.current;
    request(null, PAGE_SIZE).then(
      (page) => mine === generation.current && setLoaded({ key: forKey, rows: page.rows, cursor: page.nextCursor }),
      (error: unknown) => mine === generation.current && setFailure({ key: forKey, error }),
    );
  });
  // Only a different query reads again: the parts are new objects when a view arrives, but an equal key asks the same.
  useEffect(() => {
    if (key !== '') readFirstPage(key);
  }, [key]);

  const current = key !== '' && loaded.key === key ? loaded : null;
  const cursor = current?.cursor ?? null;
  const rowCount = current?.rows.length ?? 0;

  const refresh = useEffectEvent(() => {
    if (key === '') return;
    const mine = ++generation.current;
    request(null, Math.min(Math.max(rowCount, PAGE_SIZE), MAX_PAGE)).then(
      (page) => mine === generation.current && setLoaded({ key, rows: page.rows, cursor: page.nextCursor }),
      (error: unknown) => mine === generation.current && setFailure({ key, error }),
    );
  });
  useEffect(() => api.on('records-changed', (event) => event.entities.includes(entity) && refresh()), [api, entity]);

  const loadingMore = cursor !== null && pendingCursor === cursor;
  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    setPendingCursor(cursor);
    setFailure(null);
    const mine = ++generation.current;
    request(cursor, PAGE_SIZE).then(
      (page) => {
        if (mine !== generation.current) return;
        setLoaded((prev) =>
          prev.key === key ? { key, rows: [...prev.rows, ...page.rows], cursor: page.nextCursor } : prev,
        );
      },
      (error: unknown) => {
        if (mine !== generation.current) return;
        setFailure({ key, error });
        setPendingCursor(null);
      },
    );
  }, [cursor, loadingMore, request, key]);

  const error = failure?.key === key ? failure.error : null;
  return {
    rows: current?.rows ?? [],
    hasMore: cursor !== null,
    loading: current === null || loadingMore,
    error,
    initial: current === null && error === null,
    loadMore,
  };
}
