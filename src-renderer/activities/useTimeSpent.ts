import { useEffect, useState } from 'react';
import type { TimeSpent } from '../../src-shared/api';
import { useApi } from '../api';

/** Time spent on a record, kept current as activities change. */
export function useTimeSpent(entity: string, id: string): TimeSpent | null {
  const api = useApi();
  const [spent, setSpent] = useState<TimeSpent | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      api.call('activities.timeSpent', { entity, id }).then(
        (next) => live && setSpent(next),
        () => undefined,
      );
    void load();
    const off = api.on('records-changed', (e) => e.entities.includes('activity') && void load());
    return () => {
      live = false;
      off();
    };
  }, [api, entity, id]);
  return spent;
}
