import {
  AppError,
  validationError,
  viewSort,
  type FieldIssue,
  type ViewDefinition,
  type ViewSaveInput,
} from '../../../src-shared/api';
import { getEntity } from '../../../src-shared/entities';
import type { ViewScope } from '../../../src-shared/entities/saved-view';
import { criteriaSchema, validateCriteria, type Criteria } from '../../../src-shared/query';
import { criteriaIssue } from '../../../src-shared/query/issues';
import { systemViewsOf } from '../../../src-shared/views/system-views';
import type { Store } from '../../backend/store';
import { listField } from '../records/list-filters';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';

/**
 * Saved views: stored as synced `saved_view` records through the single
 * write path. A user sees the built-in views of a record type, the system
 * views administrators saved, and their own personal views. What a view
 * holds is checked against the metadata when it is saved; a view that stops
 * fitting later (a field removed) is still listed, and listing with it
 * reports the problem at its criteria path.
 */

const ENTITY = 'saved_view';

interface StoredView {
  id: string;
  entity: string;
  name: string;
  scope: string;
  columns: string | null;
  sort: string | null;
  criteria: string | null;
  owner_id: string | null;
}

const SELECT = `SELECT id, entity, name, scope, columns, sort, criteria, owner_id FROM saved_view`;

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A stored row as a view definition; null when its JSON cannot be read (e.g. written by a newer version). */
function toDefinition(row: StoredView): ViewDefinition | null {
  const columns = parseJson(row.columns);
  const sort = viewSort.safeParse(parseJson(row.sort));
  const criteria = criteriaSchema.safeParse(parseJson(row.criteria));
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string') || !sort.success || !criteria.success) {
    return null;
  }
  return {
    id: row.id,
    entity: row.entity,
    kind: row.scope === 'system' ? 'system' : 'personal',
    name: row.name,
    nameKey: null,
    columns,
    sort: sort.data,
    criteria: criteria.data,
    ownerId: row.owner_id,
  };
}

/** The views of a record type the current user may use: built-in, then system, then their own. */
export function listViews(store: Store, entity: string): ViewDefinition[] {
  const rows = store.db
    .stmt(
      `${SELECT} WHERE deleted_at IS NULL AND entity = ? AND (scope = 'system' OR (scope = 'personal' AND owner_id = ?)) ` +
        'ORDER BY display_name, id',
    )
    .all(entity, store.writer.userId()) as StoredView[];
  const saved = rows.map(toDefinition).filter((v): v is ViewDefinition => v !== null);
  return [
    ...systemViewsOf(getEntity(entity)),
    ...saved.filter((v) => v.kind === 'system'),
    ...saved.filter((v) => v.kind === 'personal'),
  ];
}

function viewNotFound(): AppError {
  return new AppError('NOT_FOUND', 'error.view_not_found', 'This view no longer exists.');
}

/** The stored view `id`, if the current user may change it. */
function ownView(store: Store, id: string): StoredView {
  const row = store.db.stmt(`${SELECT} WHERE id = ? AND deleted_at IS NULL`).get(id) as StoredView | undefined;
  if (!row) throw viewNotFound();
  const user = store.identity.currentUser;
  if (row.scope === 'system' ? user.role !== 'administrator' : row.owner_id !== user.id) {
    throw new AppError('FORBIDDEN', 'error.not_your_view', 'This view belongs to someone else.');
  }
  return row;
}

function checkScope(store: Store, scope: ViewScope): void {
  if (scope === 'system' && store.identity.currentUser.role !== 'administrator') {
    throw new AppError('FORBIDDEN', 'error.admin_only', 'Only an administrator can save a view that everyone sees.');
  }
}

function checkName(
  store: Store,
  entity: string,
  scope: ViewScope,
  name: string,
  exceptId: string | null,
): FieldIssue[] {
  const taken = store.db
    .stmt(
      'SELECT 1 FROM saved_view WHERE deleted_at IS NULL AND entity = ? AND scope = ? AND name = ? COLLATE NOCASE ' +
        "AND id IS NOT ? AND (scope = 'system' OR owner_id = ?)",
    )
    .get(entity, scope, name, exceptId, store.writer.userId());
  return taken ? [criteriaIssue(['name'], 'validation.view_name_taken', { name })] : [];
}

/** What a view holds, checked against the metadata; the criteria come back normalised. */
function checkContent(input: ViewSaveInput): { criteria: Criteria; issues: FieldIssue[] } {
  const table = recordTable(input.entity);
  const issues: FieldIssue[] = [];
  input.columns.forEach((name, i) => {
    if (name !== 'display_name' && !table.fieldByName.has(name)) {
      issues.push(criteriaIssue(['columns', i], 'validation.unknown_field', { field: name }));
    }
  });
  if (!listField(table, input.sort.field)?.sortable) {
    issues.push(criteriaIssue(['sort', 'field'], 'validation.not_sortable', { field: input.sort.field }));
  }
  const checked = validateCriteria(input.criteria, table.entity);
  issues.push(...checked.issues.map((i) => ({ ...i, path: ['criteria', ...i.path] })));
  return { criteria: checked.criteria, issues };
}

export function saveView(store: Store, input: ViewSaveInput): ViewDefinition {
  const existing = input.id === undefined ? null : ownView(store, input.id);
  if (existing && existing.entity !== input.entity) throw viewNotFound();
  const scope: ViewScope = input.scope ?? (existing?.scope === 'system' ? 'system' : 'personal');
  checkScope(store, scope);
  const name = input.name.trim();
  const content = checkContent(input);
  const issues = [...checkName(store, input.entity, scope, name, existing?.id ?? null), ...content.issues];
  if (issues.length > 0) throw validationError(issues);
  const values = {
    entity: input.entity,
    name,
    scope,
    columns: JSON.stringify(input.columns.filter((c, i, all) => c !== 'display_name' && all.indexOf(c) === i)),
    sort: JSON.stringify(input.sort),
    criteria: JSON.stringify(content.criteria),
  };
  const { id } = existing
    ? mutateRecord(store.writer, { op: 'update', entity: ENTITY, id: existing.id, values })
    : mutateRecord(store.writer, { op: 'create', entity: ENTITY, values });
  return loadView(store, id);
}

export function renameView(store: Store, id: string, name: string): ViewDefinition {
  const view = ownView(store, id);
  const trimmed = name.trim();
  const issues = checkName(store, view.entity, view.scope === 'system' ? 'system' : 'personal', trimmed, id);
  if (issues.length > 0) throw validationError(issues);
  mutateRecord(store.writer, { op: 'update', entity: ENTITY, id, values: { name: trimmed } });
  return loadView(store, id);
}

export function deleteView(store: Store, id: string): void {
  ownView(store, id);
  mutateRecord(store.writer, { op: 'delete', entity: ENTITY, id });
}

function loadView(store: Store, id: string): ViewDefinition {
  const row = store.db.stmt(`${SELECT} WHERE id = ?`).get(id) as StoredView | undefined;
  const view = row ? toDefinition(row) : null;
  if (!view) throw viewNotFound();
  return view;
}
