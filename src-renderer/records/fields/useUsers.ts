import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../src-shared/api';
import { useApi, type ApiClient } from '../../api';

let cached: Promise<readonly UserSummary[]> | null = null;

function loadUsers(api: ApiClient): Promise<readonly UserSummary[]> {
  if (!cached) {
    cached = api.call('users.list', {});
    cached.catch(() => (cached = null));
  }
  return cached;
}

/** The users (owners) list; loaded once per window and shared. */
export function useUsers(): readonly UserSummary[] {
  const api = useApi();
  const [users, setUsers] = useState<readonly UserSummary[]>([]);
  useEffect(() => {
    let live = true;
    loadUsers(api).then(
      (list) => live && setUsers(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return users;
}
