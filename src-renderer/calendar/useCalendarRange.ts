import { useEffect, useState } from 'react';
import type { CalendarRange } from '../../src-shared/api';
import { useApi } from '../api';

export interface RangeState {
  /** What the last answered query returned (kept while the next one loads, so the grid does not flash). */
  readonly data: CalendarRange | null;
  /** The query `data` answers. */
  readonly key: string | null;
  readonly loading: boolean;
  readonly error: unknown;
}

/**
 * The items of a period for some users, read again whenever activities
 * change (here, in another window, or by a sync).
 */
export function useCalendarRange(from: string, to: string, userIds: readonly string[]): RangeState {
  const api = useApi();
  const key = JSON.stringify([from, to, userIds]);
  const [state, setState] = useState<RangeState>({ data: null, key: null, loading: true, error: null });

  useEffect(() => {
    let live = true;
    const [qFrom, qTo, qUsers] = JSON.parse(key) as [string, string, string[]];
    const load = () => {
      setState((s) => ({ ...s, loading: true }));
      api.call('calendar.range', { from: qFrom, to: qTo, ...(qUsers.length > 0 ? { userIds: qUsers } : {}) }).then(
        (data) => live && setState({ data, key, loading: false, error: null }),
        (error: unknown) => live && setState((s) => ({ ...s, loading: false, error })),
      );
    };
    load();
    const off = api.on('records-changed', (e) => e.entities.includes('activity') && load());
    return () => {
      live = false;
      off();
    };
  }, [api, key]);

  return state;
}
