import { useEffect, useSyncExternalStore } from 'react';
import type { TeamSummary, UserSummary } from '../../src-shared/api';
import { useApi, type ApiClient } from '../api';

/**
 * The users and teams of the data file, loaded once per window and shared
 * by every owner picker, share dialog and the Settings section; re-read
 * when the backend announces `users-changed` (from this window or another).
 */

export interface Directory {
  readonly users: readonly UserSummary[];
  readonly teams: readonly TeamSummary[];
  /** False until the first answer arrived. */
  readonly loaded: boolean;
}

const EMPTY: Directory = { users: [], teams: [], loaded: false };

let current: Directory = EMPTY;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const subscribed = new WeakSet<ApiClient>();

function publish(next: Directory): void {
  current = next;
  for (const listener of listeners) listener();
}

function load(api: ApiClient): Promise<void> {
  const started = Promise.all([api.call('users.list', {}), api.call('teams.list', {})]).then(
    ([users, teams]) => {
      // A newer load (after another change) wins over an older one still answering.
      if (loading === started) publish({ users, teams, loaded: true });
    },
    () => {
      if (loading === started) loading = null;
    },
  );
  loading = started;
  return started;
}

function ensure(api: ApiClient): void {
  if (!subscribed.has(api)) {
    subscribed.add(api);
    api.on('users-changed', () => void load(api));
  }
  if (!loading) void load(api);
}

/** Re-reads users and teams now (after a change this window made, before the event arrives). */
export function reloadDirectory(api: ApiClient): Promise<void> {
  return load(api);
}

export function useDirectory(): Directory {
  const api = useApi();
  useEffect(() => ensure(api), [api]);
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
