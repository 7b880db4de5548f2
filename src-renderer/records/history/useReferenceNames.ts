import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../src-shared/api';
import { getField, USER_PARTY, type EntityDef } from '../../../src-shared/entities';
import { formatRef, parseRef } from '../../../src-shared/rules/records';
import { useApi } from '../../api';
import { useDirectory } from '../../users/directory';

/**
 * History stores lookups as ids (and regarding and party fields as
 * `"<entity>:<id>"` references); this finds their names (records that were
 * since deleted keep showing the id) so old -> new reads as names.
 */
export function useReferenceNames(
  entity: EntityDef,
  entries: readonly HistoryEntry[],
): Readonly<Record<string, string>> {
  const api = useApi();
  const { users, teams } = useDirectory();
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    const wanted = new Map<string, { entity: string; id: string }>();
    for (const entry of entries) {
      const field = entry.field ? getField(entity, entry.field) : undefined;
      for (const value of [entry.old_value, entry.new_value]) {
        if (field?.type === 'lookup' && typeof value === 'string')
          wanted.set(value, { entity: field.target, id: value });
        // Regarding and party fields hold "<entity>:<id>" references; users and teams come from the directory.
        if (field?.type !== 'regarding' && field?.type !== 'parties') continue;
        for (const ref of typeof value === 'string' ? [value] : Array.isArray(value) ? value : []) {
          const parsed = parseRef(ref);
          if (parsed && parsed.entity !== USER_PARTY) wanted.set(ref, parsed);
        }
      }
    }
    if (wanted.size === 0) return;
    let live = true;
    void Promise.all(
      [...wanted].map(([key, target]) =>
        api.call('records.get', { entity: target.entity, id: target.id }).then(
          (r) => [key, r.display_name] as const,
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

  // Owners may be users or teams.
  const userNames = Object.fromEntries([
    ...users.flatMap((u) => [
      [u.id, u.name],
      [formatRef(USER_PARTY, u.id), u.name],
    ]),
    ...teams.map((team) => [team.id, team.name]),
  ]);
  return { ...userNames, ...names };
}
