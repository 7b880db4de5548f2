import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodResult } from '../../src-shared/api';
import { useApi } from '../api';

export interface ReportState<M extends MethodName> {
  /** The answer to the current input (never a stale one for an earlier input). */
  readonly data: MethodResult<M> | null;
  readonly error: unknown;
  reload(): void;
}

/**
 * One report call, made again when its input changes, when a record of a
 * watched type changes (in any window) and when users or teams change (the
 * owners' names and teams).
 */
export function useReport<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  watched: readonly string[],
): ReportState<M> {
  const api = useApi();
  const key = JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string; data: MethodResult<M> } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const watchKey = watched.join(',');

  useEffect(() => {
    let live = true;
    api.call(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => {
        if (!live) return;
        setAnswer({ key, data });
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, method, key, generation]);

  useEffect(() => {
    const entities = watchKey.split(',');
    const offRecords = api.on('records-changed', (e) => e.entities.some((x) => entities.includes(x)) && reload());
    const offUsers = api.on('users-changed', () => reload());
    return () => {
      offRecords();
      offUsers();
    };
  }, [api, watchKey, reload]);

  return { data: answer?.key === key ? answer.data : null, error, reload };
}
