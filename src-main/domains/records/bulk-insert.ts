import { validationError, type FieldIssue, type FieldValue, type RecordValues } from '../../../src-shared/api';
import { displayNameOf } from '../../../src-shared/rules/records';
import { prepareWrite } from '../../../src-shared/rules/write-rules';
import { indexDuplicateKeys } from '../duplicates/duplicate-keys';
import { AUDIT_INSERT_SQL, OUTBOX_INSERT_SQL } from './change-log';
import { createdStamps } from './clock-stamps';
import { indexParties } from './party-index';
import { fieldParams, ftsParams, recordTable } from './record-table';
import type { WriteContext } from './write-context';

/**
 * The bulk path for imports, the sample company and the benchmark: one
 * transaction per batch, cached prepared statements, nothing per row that is
 * not needed. Each row is validated like a create (field rules; lookup
 * targets are not checked because a batch may reference rows of itself or of
 * a later batch, e.g. accounts naming their primary contacts).
 *
 * Change records differ from the interactive path on purpose: per-field
 * outbox and audit entries describe edits, but a created record has no
 * previous values to compare, so each row gets ONE outbox entry (op `create`,
 * `field` null, `value` = JSON of all its non-empty values, every field
 * stamped with the entry's `hlc`) and ONE audit row (action `create`).
 */

export interface BulkRow {
  /** Keep the caller's id (e.g. so rows of a batch can reference each other); a UUIDv7 otherwise. */
  readonly id?: string;
  readonly values: RecordValues;
}

export interface BulkResult {
  readonly ids: string[];
}

/** Changed ids beyond this many are not listed in `records-changed` (listeners refetch the entity). */
const MAX_EVENT_IDS = 1000;

/**
 * Validates and writes a batch; the caller provides the transaction (so that
 * several batches, e.g. the sample's accounts and contacts, can commit as
 * one) and emits `records-changed` after it commits. Returns the ids.
 */
export function writeBulk(ctx: WriteContext, entity: string, rows: readonly BulkRow[]): string[] {
  const table = recordTable(entity);
  const { db } = ctx;
  if (!db.raw.inTransaction) throw new Error('writeBulk must run inside a transaction.');
  const hasOwner = table.fieldByName.has('owner_id');
  const userId = ctx.userId();

  const now = ctx.now();
  const prepared = rows.map((row) => {
    const input = hasOwner && !('owner_id' in row.values) ? { ...row.values, owner_id: userId } : row.values;
    return { id: row.id, outcome: prepareWrite(table.entity, input, 'create', null, now) };
  });
  const issues: FieldIssue[] = prepared.flatMap(({ outcome }, index) =>
    outcome.issues.map((i) => ({ ...i, path: ['rows', index, ...i.path] })),
  );
  if (issues.length > 0) throw validationError(issues);

  const insertRow = db.stmt(table.insertSql);
  const insertFts = db.stmt(table.ftsInsertSql);
  const insertOutbox = db.stmt(OUTBOX_INSERT_SQL);
  const insertAudit = db.stmt(AUDIT_INSERT_SQL);
  const at = new Date(ctx.now()).toISOString();
  const txId = ctx.newId();
  const written: string[] = [];
  for (const { id: requested, outcome } of prepared) {
    const id = requested ?? ctx.newId();
    const values = outcome.values;
    const full: Record<string, FieldValue> = {};
    for (const field of table.fields) full[field.name] = values[field.name] ?? null;
    const hlc = ctx.clock.stamp();
    const { lastInsertRowid } = insertRow.run(
      id,
      displayNameOf(table.entity, full),
      ...fieldParams(table.fields, full),
      at,
      userId,
      at,
      userId,
      createdStamps(hlc),
    );
    insertFts.run(lastInsertRowid, ...ftsParams(table, full));
    indexParties(db, table, id, full);
    indexDuplicateKeys(db, entity, id, full);
    insertOutbox.run(txId, entity, id, 'create', null, JSON.stringify(values), hlc, null, at);
    insertAudit.run(txId, entity, id, at, userId, 'create', null, null, null);
    written.push(id);
  }
  ctx.clock.persist();
  return written;
}

/** One batch in its own transaction, then `records-changed`. */
export function bulkInsert(ctx: WriteContext, entity: string, rows: readonly BulkRow[]): BulkResult {
  const ids = ctx.db.transaction(() => writeBulk(ctx, entity, rows));
  if (ids.length > 0) ctx.emit({ entities: [entity], ids: ids.length <= MAX_EVENT_IDS ? ids : [] });
  return { ids };
}
