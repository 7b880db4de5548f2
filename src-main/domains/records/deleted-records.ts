import type { DeletedItem } from '../../../src-shared/api';
import { ENTITY_NAMES } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import { recordTable } from './record-table';

export const DEFAULT_DELETED_LIMIT = 100;

/** "Recently deleted": tombstoned records, newest first, from one entity or all. */
export function listDeleted(db: SqlDb, entity: string | undefined, limit = DEFAULT_DELETED_LIMIT): DeletedItem[] {
  const entities = entity ? [entity] : ENTITY_NAMES;
  const items = entities.flatMap((name) => {
    const table = recordTable(name);
    const rows = db
      .stmt(
        `SELECT t.id, t.display_name, t.deleted_at, t.deleted_by, u.name AS user_name FROM ${table.table} t ` +
          'LEFT JOIN users u ON u.id = t.deleted_by WHERE t.deleted_at IS NOT NULL ORDER BY t.deleted_at DESC, t.id DESC LIMIT ?',
      )
      .all(limit) as {
      id: string;
      display_name: string;
      deleted_at: string;
      deleted_by: string | null;
      user_name: string | null;
    }[];
    return rows.map((r): DeletedItem => ({
      entity: name,
      id: r.id,
      name: r.display_name,
      deleted_at: r.deleted_at,
      deleted_by: { id: r.deleted_by ?? '', name: r.user_name ?? r.deleted_by ?? '' },
    }));
  });
  return items
    .sort((a, b) => (a.deleted_at === b.deleted_at ? (a.id < b.id ? 1 : -1) : a.deleted_at < b.deleted_at ? 1 : -1))
    .slice(0, limit);
}
