import { useCallback, useEffect, useState } from 'react';
import type { DashboardSummary } from '../../src-shared/api';
import { useApi } from '../api';
import { queryClock } from '../records/views/query-clock';

/** Entities whose changes can move a figure of the dashboard. */
const WATCHED = ['activity', 'contact'];

export interface DashboardState {
  readonly summary: DashboardSummary | null;
  readonly error: unknown;
  reload(): void;
}

/**
 * `dashboard.summary` in the user's zone and week, read again whenever an
 * activity or a contact changes (in any window) and when the custom fields
 * change (an important-date field may come or go).
 */
export function useDashboard(): DashboardState {
  const api = useApi();
  const [summary, setSummary] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    api.call('dashboard.summary', queryClock()).then(
      (value) => {
        if (!live) return;
        setSummary(value);
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, generation]);

  useEffect(() => {
    const offRecords = api.on('records-changed', (e) => e.entities.some((x) => WATCHED.includes(x)) && reload());
    const offSchema = api.on('schema-changed', () => reload());
    return () => {
      offRecords();
      offSchema();
    };
  }, [api, reload]);

  return { summary, error, reload };
}
