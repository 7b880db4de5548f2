import {
  AppError,
  validationError,
  type EventPayloads,
  type FieldValue,
  type RecordValues,
} from '../../../src-shared/api';
import { displayNameOf, sameFieldValue } from '../../../src-shared/rules/records';
import { prepareWrite } from '../../../src-shared/rules/write-rules';
import { syncDuplicateKeys } from '../duplicates/duplicate-keys';
import { appendAudit, appendOutbox, json, type ChangeHeader } from './change-log';
import { createdStamps, stampOf, TOMBSTONE_FIELD, withStamps } from './clock-stamps';
import { toDb } from './field-codec';
import { loadRecord, type StoredRecord } from './load-row';
import { checkLookupTargets } from './lookup-targets';
import { indexParties, reindexParties, unindexParties } from './party-index';
import { fieldParams, ftsParams, quoteIdent, recordTable, type RecordTable } from './record-table';
import type { WriteContext, WrittenRecord } from './write-context';

/**
 * THE write path: every create, update, delete and restore of a synced
 * record goes through `mutateRecord`. In one transaction it validates, writes
 * the row, stamps each changed field with the device's HLC, appends one
 * outbox entry per changed field (with the stamp the change was based on),
 * appends audit history and updates the search index and the party index;
 * then the after-write step of the context (if any) runs in the same
 * transaction. Only after the commit does it emit `records-changed`, once,
 * for this record and everything the after-write step wrote. Any throw rolls
 * all of it back.
 */

export type Mutation =
  | {
      readonly op: 'create';
      readonly entity: string;
      readonly values: RecordValues;
      readonly id?: string;
      /** Written by a record type's command, which may set its command fields (see `EntityDef.commandFields`). */
      readonly command?: boolean;
    }
  | {
      readonly op: 'update';
      readonly entity: string;
      readonly id: string;
      readonly values: RecordValues;
      /**
       * Stamps of the fields as the user saw them when they started editing.
       * Defaults to the stored stamps: on this device the user always edits
       * the latest local state.
       */
      readonly base?: Readonly<Record<string, string>>;
      readonly command?: boolean;
    }
  | { readonly op: 'delete' | 'restore'; readonly entity: string; readonly id: string };

export interface MutationResult {
  readonly id: string;
  /** False when the mutation changed nothing (and so wrote nothing). */
  readonly changed: boolean;
}

type Written = MutationResult & { readonly written: WrittenRecord | null };
type Change = EventPayloads['records-changed'];

/** Changed ids beyond this many are not listed in one event (listeners refetch the entity). */
const MAX_EVENT_IDS = 1000;

export function mutateRecord(ctx: WriteContext, mutation: Mutation): MutationResult {
  const table = recordTable(mutation.entity);
  // What nested writes (of the after-write step) announce waits for this commit.
  const pending: Change[] = [];
  const inner: WriteContext = { ...ctx, emit: (change) => pending.push(change) };
  const result = ctx.db.transaction((): Written => {
    const done = apply(ctx, table, mutation);
    if (done.written) syncDuplicateKeys(ctx.db, done.written);
    if (done.written && ctx.afterWrite) ctx.afterWrite(inner, done.written);
    return done;
  });
  if (result.changed) pending.unshift({ entities: [mutation.entity], ids: [result.id] });
  if (pending.length > 0) ctx.emit(mergeChanges(pending));
  return { id: result.id, changed: result.changed };
}

function apply(ctx: WriteContext, table: RecordTable, mutation: Mutation): Written {
  switch (mutation.op) {
    case 'create':
      return createRecord(ctx, table, mutation.values, mutation.id, mutation.command ?? false);
    case 'update':
      return updateRecord(ctx, table, mutation.id, mutation.values, mutation.base ?? {}, mutation.command ?? false);
    case 'delete':
      return setDeleted(ctx, table, mutation.id, true);
    case 'restore':
      return setDeleted(ctx, table, mutation.id, false);
  }
}

function mergeChanges(changes: readonly Change[]): Change {
  const entities = [...new Set(changes.flatMap((c) => c.entities))];
  // An empty id list already means "anything of these types may have changed".
  const all = changes.some((c) => c.ids.length === 0);
  const ids = [...new Set(changes.flatMap((c) => c.ids))];
  return { entities, ids: all || ids.length > MAX_EVENT_IDS ? [] : ids };
}

function header(ctx: WriteContext, table: RecordTable, recordId: string): ChangeHeader {
  return {
    txId: ctx.newId(),
    entity: table.entity.name,
    recordId,
    at: new Date(ctx.now()).toISOString(),
    userId: ctx.userId(),
  };
}

function createRecord(
  ctx: WriteContext,
  table: RecordTable,
  input: RecordValues,
  requestedId: string | undefined,
  command: boolean,
): Written {
  const owned: RecordValues =
    'owner_id' in input || !table.fieldByName.has('owner_id') ? input : { ...input, owner_id: ctx.userId() };
  const outcome = prepareWrite(table.entity, owned, 'create', null, ctx.now(), { command });
  if (outcome.issues.length > 0) throw validationError(outcome.issues);
  const values = outcome.values;
  const lookupIssues = checkLookupTargets(ctx.db, table, values, null);
  if (lookupIssues.length > 0) throw validationError(lookupIssues);
  const id = requestedId ?? ctx.newId();
  if (requestedId !== undefined && ctx.db.stmt(`SELECT 1 FROM ${table.table} WHERE id = ?`).get(id) !== undefined) {
    throw new AppError('CONFLICT', 'error.already_exists', `A ${table.entity.name} with id ${id} already exists.`);
  }
  const h = header(ctx, table, id);
  const hlc = ctx.clock.stamp();
  const full: Record<string, FieldValue> = {};
  for (const field of table.fields) full[field.name] = values[field.name] ?? null;

  const { lastInsertRowid } = ctx.db
    .stmt(table.insertSql)
    .run(
      id,
      displayNameOf(table.entity, full),
      ...fieldParams(table.fields, full),
      h.at,
      h.userId,
      h.at,
      h.userId,
      createdStamps(hlc),
    );
  ctx.db.stmt(table.ftsInsertSql).run(lastInsertRowid, ...ftsParams(table, full));
  indexParties(ctx.db, table, id, full);

  const set = table.fields.filter((f) => full[f.name] !== null);
  for (const field of set) {
    appendOutbox(ctx.db, h, { op: 'create', field: field.name, valueJson: json(full[field.name]), hlc, baseHlc: null });
    appendAudit(ctx.db, h, 'create', field.name, null, full[field.name]);
  }
  if (set.length === 0) {
    // A record with no values still has to reach other devices and the history.
    appendOutbox(ctx.db, h, { op: 'create', field: null, valueJson: '{}', hlc, baseHlc: null });
    appendAudit(ctx.db, h, 'create', null, null, null);
  }
  ctx.clock.persist();
  const written: WrittenRecord = {
    op: 'create',
    entity: table.entity.name,
    id,
    before: null,
    after: full,
    changed: set.map((f) => f.name),
  };
  return { id, changed: true, written };
}

function updateRecord(
  ctx: WriteContext,
  table: RecordTable,
  id: string,
  input: RecordValues,
  base: Readonly<Record<string, string>>,
  command: boolean,
): Written {
  const stored = loadRecord(ctx.db, table, id);
  if (stored.deletedAt !== null) {
    throw new AppError('CONFLICT', 'error.record_deleted', 'This record has been deleted; restore it before editing.');
  }
  const outcome = prepareWrite(table.entity, input, 'update', stored.values, ctx.now(), { command });
  if (outcome.issues.length > 0) throw validationError(outcome.issues);
  const changed = table.fields.filter(
    (f) => f.name in outcome.values && !sameFieldValue(outcome.values[f.name], stored.values[f.name]),
  );
  if (changed.length === 0) return { id, changed: false, written: null };

  const changes: RecordValues = Object.fromEntries(changed.map((f) => [f.name, outcome.values[f.name] ?? null]));
  const lookupIssues = checkLookupTargets(ctx.db, table, changes, id, stored.values);
  if (lookupIssues.length > 0) throw validationError(lookupIssues);

  const merged: RecordValues = { ...stored.values, ...changes };
  const h = header(ctx, table, id);
  const hlc = ctx.clock.stamp();
  const setSql = changed.map((f) => `${quoteIdent(f.name)} = ?`).join(', ');
  ctx.db
    .stmt(
      `UPDATE ${table.table} SET ${setSql}, display_name = ?, modified_at = ?, modified_by = ?, "_clk" = ? WHERE rowid = ?`,
    )
    .run(
      ...changed.map((f) => toDb(f, changes[f.name])),
      displayNameOf(table.entity, merged),
      h.at,
      h.userId,
      withStamps(
        stored.stamps,
        changed.map((f) => f.name),
        hlc,
      ),
      stored.rowid,
    );
  if (changed.some((f) => f.searchable)) reindex(ctx, table, stored.rowid, merged);
  reindexParties(ctx.db, table, id, changed, merged);

  for (const field of changed) {
    const baseHlc = base[field.name] ?? stampOf(stored.stamps, field.name);
    appendOutbox(ctx.db, h, { op: 'update', field: field.name, valueJson: json(changes[field.name]), hlc, baseHlc });
    appendAudit(ctx.db, h, 'update', field.name, stored.values[field.name], changes[field.name]);
  }
  ctx.clock.persist();
  const names = changed.map((f) => f.name);
  const written: WrittenRecord = {
    op: 'update',
    entity: table.entity.name,
    id,
    before: stored.values,
    after: merged,
    changed: names,
  };
  return { id, changed: true, written };
}

function reindex(ctx: WriteContext, table: RecordTable, rowid: number, values: RecordValues): void {
  ctx.db.stmt(table.ftsDeleteSql).run(rowid);
  ctx.db.stmt(table.ftsInsertSql).run(rowid, ...ftsParams(table, values));
}

/** Delete writes a tombstone (the row stays, hidden from lists, lookups and search); restore lifts it. */
function setDeleted(ctx: WriteContext, table: RecordTable, id: string, deleted: boolean): Written {
  const stored: StoredRecord = loadRecord(ctx.db, table, id);
  if ((stored.deletedAt !== null) === deleted) return { id, changed: false, written: null };
  const h = header(ctx, table, id);
  const hlc = ctx.clock.stamp();
  ctx.db
    .stmt(
      `UPDATE ${table.table} SET deleted_at = ?, deleted_by = ?, modified_at = ?, modified_by = ?, "_clk" = ? WHERE rowid = ?`,
    )
    .run(
      deleted ? h.at : null,
      deleted ? h.userId : null,
      h.at,
      h.userId,
      withStamps(stored.stamps, [TOMBSTONE_FIELD], hlc),
      stored.rowid,
    );
  if (deleted) {
    ctx.db.stmt(table.ftsDeleteSql).run(stored.rowid);
    unindexParties(ctx.db, table, id);
  } else {
    ctx.db.stmt(table.ftsInsertSql).run(stored.rowid, ...ftsParams(table, stored.values));
    indexParties(ctx.db, table, id, stored.values);
  }
  const op = deleted ? 'delete' : 'restore';
  appendOutbox(ctx.db, h, { op, field: null, valueJson: null, hlc, baseHlc: stampOf(stored.stamps, TOMBSTONE_FIELD) });
  appendAudit(ctx.db, h, op, null, null, null);
  ctx.clock.persist();
  const written: WrittenRecord = {
    op,
    entity: table.entity.name,
    id,
    before: stored.values,
    after: stored.values,
    changed: [],
  };
  return { id, changed: true, written };
}
