import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../src-shared/api';
import { getField, type EntityDef } from '../../../src-shared/entities';
import { useApi } from '../../api';
import { useUsers } from '../fields/useUsers';

/**
 * History stores lookups as ids; this finds their names (records that were
 * since deleted keep showing the id) so old -> new reads as names.
 */
export function useReferenceNames(
  entity: EntityDef,
  entries: readonly HistoryEntry[],
): Readonly<Record<string, string>> {
  const api = useApi();
  const users = useUsers();
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    const wanted = new Map<string, string>();
    for (const entry of entries) {
      const field = entry.field ? getField(entity, entry.field) : undefined;
      if (field?.type !== 'lookup') continue;
      for (const value of [entry.old_value, entry.new_value]) {
        if (typeof value === 'string') wanted.set(value, field.target);
      }
    }
    if (wanted.size === 0) return;
    let live = true;
    void Promise.all(
      [...wanted].map(([id, target]) =>
        api.call('records.get', { entity: target, id }).then(
          (r) => [id, r.display_name] as const,
          () => null,
        ),
      ),
    ).then((found) => {
      if (!live) return;
      setNames(Object.fromEntries(found.filter((f) => f !== null)));
    });
    return () => {
      live = false;
    };
  }, [api, entity, entries]);

  const userNames = Object.fromEntries(users.map((u) => [u.id, u.name]));
  return { ...userNames, ...names };
}
