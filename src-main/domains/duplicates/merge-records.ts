import {
  AppError,
  validationError,
  type EventPayloads,
  type FieldValue,
  type MergeResult,
  type RecordValues,
} from '../../../src-shared/api';
import { ENTITY_NAMES, type EntityDef } from '../../../src-shared/entities';
import { formatRef } from '../../../src-shared/rules/records';
import {
  hasDuplicateRules,
  mergedChanges,
  unknownMergeFields,
  type MergeChoices,
} from '../../../src-shared/rules/duplicates';
import { issue } from '../../../src-shared/rules/records';
import { AUDIT_INSERT_SQL } from '../records/change-log';
import { findRecord, notFound, type StoredRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable, type RecordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { referencesTo, referringIds, repointed, type Reference } from './references';

/**
 * Merging two records of one type: in one transaction the master takes the
 * chosen values, every record that referred to the subordinate (its
 * contacts, child accounts, activities and notes about it…) refers to the
 * master instead, the subordinate becomes a tombstone, and both records'
 * histories get a `merge` row naming the other. Every change goes through
 * `mutateRecord`, so it is audited, stamped and synced like an edit. Any
 * failure rolls all of it back.
 */

export interface MergeRequest {
  readonly entity: string;
  readonly masterId: string;
  readonly subordinateId: string;
  readonly values?: MergeChoices;
}

type Change = EventPayloads['records-changed'];

function mergeError(messageKey: string, message: string, params?: Record<string, string>): AppError {
  return new AppError('VALIDATION', messageKey, message, params ? { params } : {});
}

/** The record, live; a clear error when it is missing, of another type or deleted. */
function liveRecord(ctx: WriteContext, table: RecordTable, id: string): StoredRecord {
  const record = findRecord(ctx.db, table, id);
  if (!record) {
    const other = ENTITY_NAMES.find((name) => name !== table.entity.name && findRecord(ctx.db, recordTable(name), id));
    if (other) {
      throw mergeError('merge.error.different_types', 'Only records of the same type can be merged.', {
        entity: table.entity.name,
        other,
      });
    }
    throw notFound(table.entity.name, id);
  }
  if (record.deletedAt !== null) {
    throw mergeError('merge.error.deleted', `“${record.displayName}” has been deleted; restore it before merging.`, {
      name: record.displayName,
    });
  }
  return record;
}

function checkRequest(ctx: WriteContext, request: MergeRequest): { master: StoredRecord; subordinate: StoredRecord } {
  const table = recordTable(request.entity);
  if (!hasDuplicateRules(request.entity)) {
    throw mergeError('merge.error.not_supported', `Records of type ${request.entity} cannot be merged.`, {
      entity: request.entity,
    });
  }
  if (request.masterId === request.subordinateId) {
    throw mergeError('merge.error.same_record', 'A record cannot be merged with itself; choose two different records.');
  }
  const master = liveRecord(ctx, table, request.masterId);
  const subordinate = liveRecord(ctx, table, request.subordinateId);
  const unknown = unknownMergeFields(table.entity, request.values ?? {});
  if (unknown.length > 0)
    throw validationError(unknown.map((field) => issue(field, 'validation.unknown_field', { field })));
  return { master, subordinate };
}

/**
 * The master's new values. A reference of the master to the subordinate
 * (its parent account, say) would point at a tombstone, and one to itself
 * would make it its own parent: both are cleared.
 */
function masterChanges(entity: EntityDef, master: StoredRecord, subordinate: StoredRecord, choices: MergeChoices) {
  const changes: Record<string, FieldValue> = { ...mergedChanges(entity, master.values, subordinate.values, choices) };
  const own = new Set([
    subordinate.id,
    master.id,
    formatRef(entity.name, subordinate.id),
    formatRef(entity.name, master.id),
  ]);
  for (const field of entity.fields) {
    if (field.type !== 'lookup' && field.type !== 'regarding') continue;
    const value = field.name in changes ? changes[field.name] : master.values[field.name];
    if (typeof value === 'string' && own.has(value)) changes[field.name] = null;
  }
  return changes as RecordValues;
}

/** Points the live records referring to `fromId` through `ref` at `toId`; returns the ids it changed. */
function moveReferences(ctx: WriteContext, ref: Reference, entity: string, fromId: string, toId: string): string[] {
  const moved: string[] = [];
  for (const id of referringIds(ctx.db, ref, entity, fromId)) {
    // The two merged records themselves are dealt with apart.
    if (ref.table.entity.name === entity && (id === fromId || id === toId)) continue;
    // Re-read: an earlier move may already have changed or removed it (a series regenerating its occurrences).
    const record = findRecord(ctx.db, ref.table, id);
    if (!record || record.deletedAt !== null) continue;
    const value = repointed(ref.field, record.values[ref.field.name], entity, fromId, toId);
    if (value === undefined) continue;
    try {
      const result = mutateRecord(ctx, {
        op: 'update',
        entity: ref.table.entity.name,
        id,
        values: { [ref.field.name]: value },
      });
      if (result.changed) moved.push(id);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION') throw error;
      throw mergeError(
        'merge.error.child_rejected',
        `“${record.displayName}” refers to the merged record and cannot be moved to the one that stays.`,
        { name: record.displayName },
      );
    }
  }
  return moved;
}

function appendMergeAudit(ctx: WriteContext, entity: string, self: StoredRecord, other: StoredRecord, role: string) {
  ctx.db
    .stmt(AUDIT_INSERT_SQL)
    .run(
      ctx.newId(),
      entity,
      self.id,
      new Date(ctx.now()).toISOString(),
      ctx.userId(),
      'merge',
      null,
      null,
      JSON.stringify({ role, other: other.id, name: other.displayName }),
    );
}

/** Changed ids beyond this many are not listed in one event (listeners refetch the entity). */
const MAX_EVENT_IDS = 1000;

function combined(changes: readonly Change[]): Change {
  const entities = [...new Set(changes.flatMap((c) => c.entities))];
  const everything = changes.some((c) => c.ids.length === 0);
  const ids = [...new Set(changes.flatMap((c) => c.ids))];
  return { entities, ids: everything || ids.length > MAX_EVENT_IDS ? [] : ids };
}

export function mergeRecords(writer: WriteContext, request: MergeRequest): MergeResult {
  const { entity, masterId, subordinateId } = request;
  const table = recordTable(entity);
  // Announced once, after the commit: a rolled-back merge announces nothing.
  const pending: Change[] = [];
  const ctx: WriteContext = { ...writer, emit: (change) => pending.push(change) };
  const moved = new Map<string, Set<string>>();
  ctx.db.transaction(() => {
    const { master, subordinate } = checkRequest(ctx, request);
    const changes = masterChanges(table.entity, master, subordinate, request.values ?? {});
    if (Object.keys(changes).length > 0) mutateRecord(ctx, { op: 'update', entity, id: masterId, values: changes });
    for (const ref of referencesTo(entity)) {
      const ids = moveReferences(ctx, ref, entity, subordinateId, masterId);
      const seen = moved.get(ref.table.entity.name) ?? new Set<string>();
      for (const id of ids) seen.add(id);
      if (seen.size > 0) moved.set(ref.table.entity.name, seen);
    }
    mutateRecord(ctx, { op: 'delete', entity, id: subordinateId });
    const final = findRecord(ctx.db, table, masterId) ?? master;
    appendMergeAudit(ctx, entity, master, subordinate, 'master');
    appendMergeAudit(ctx, entity, subordinate, final, 'subordinate');
  });
  pending.push({ entities: [entity], ids: [masterId, subordinateId] });
  writer.emit(combined(pending));
  return { masterId, subordinateId, moved: Object.fromEntries([...moved].map(([name, ids]) => [name, ids.size])) };
}
