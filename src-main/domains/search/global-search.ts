import type { SearchGroup } from '../../../src-shared/api';
import { ENTITY_NAMES } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import { findByText } from '../records/find-by-text';
import { toFtsQuery } from '../records/fts-query';

export const DEFAULT_RESULTS_PER_TYPE = 5;

/** FTS5 prefix search across every entity, grouped by entity; entities without a match are left out. */
export function globalSearch(db: SqlDb, text: string, limitPerType = DEFAULT_RESULTS_PER_TYPE): SearchGroup[] {
  if (toFtsQuery(text) === null) return [];
  return ENTITY_NAMES.map((entity) => ({ entity, items: findByText(db, entity, text, limitPerType) })).filter(
    (group) => group.items.length > 0,
  );
}
