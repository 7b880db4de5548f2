import { z } from 'zod';
import { ENTITY_NAMES } from '../entities/registry';
import type { FieldType } from '../entities/types';
import { criteriaSchema } from '../query/criteria';
import { queryClock } from './query-clock';

/** Input schemas and result types of the generic record methods. */

export const entityName = z.enum(ENTITY_NAMES);
export const recordId = z.string().uuid();

/** Largest string any call may carry; fields have their own, smaller limits. */
export const MAX_TEXT = 100_000;
const text = z.string().max(MAX_TEXT);

export const FILTER_OPS = [
  'eq',
  'ne',
  'contains',
  'begins',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'empty',
  'not_empty',
] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

/**
 * The filter operators each field type supports (`display_name` filters as
 * `text`). Values: one value of the field's type; `in` a list of them;
 * `between` exactly two; `empty`/`not_empty` none. Anything else is a
 * VALIDATION error.
 */
export const FILTER_OPS_BY_TYPE: Readonly<Record<FieldType, readonly FilterOp[]>> = {
  text: ['eq', 'ne', 'contains', 'begins', 'in', 'empty', 'not_empty'],
  multiline: ['contains', 'empty', 'not_empty'],
  email: ['eq', 'ne', 'contains', 'begins', 'empty', 'not_empty'],
  phone: ['eq', 'ne', 'contains', 'begins', 'empty', 'not_empty'],
  url: ['eq', 'ne', 'contains', 'begins', 'empty', 'not_empty'],
  integer: ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'empty', 'not_empty'],
  money: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'empty', 'not_empty'],
  date: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'empty', 'not_empty'],
  boolean: ['eq', 'ne', 'empty', 'not_empty'],
  choice: ['eq', 'ne', 'in', 'empty', 'not_empty'],
  lookup: ['eq', 'ne', 'in', 'empty', 'not_empty'],
  user: ['eq', 'ne', 'in', 'empty', 'not_empty'],
  datetime: ['gt', 'gte', 'lt', 'lte', 'between', 'empty', 'not_empty'],
  duration: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'empty', 'not_empty'],
  // A list field: `in` means "holds any of these values".
  multichoice: ['in', 'empty', 'not_empty'],
  regarding: ['eq', 'ne', 'in', 'empty', 'not_empty'],
  // `eq`: the list includes this party; `in`: it includes any of these.
  parties: ['eq', 'in', 'empty', 'not_empty'],
};

export const filterValue = z.union([text, z.number(), z.boolean(), z.null()]);
export const columnFilter = z.object({
  field: z.string().max(64),
  op: z.enum(FILTER_OPS),
  value: z.union([filterValue, z.array(filterValue).max(200)]).optional(),
});
export type ColumnFilter = z.infer<typeof columnFilter>;

export const listInput = z.object({
  entity: entityName,
  /** Sort column; defaults to `display_name`. */
  sort: z.object({ field: z.string().max(64), dir: z.enum(['asc', 'desc']) }).optional(),
  filters: z.array(columnFilter).max(50).optional(),
  /** Quick find: prefix match on the entity's searchable fields. */
  quickFind: z.string().max(200).optional(),
  /** Opaque keyset cursor from the previous page. */
  after: z.string().max(2000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  /**
   * Fields each row's `values` carries (default: the entity's `listColumns`);
   * the sort field is always added. Fewer columns make pages cheaper.
   */
  columns: z.array(z.string().max(64)).max(100).optional(),
  /** Advanced-find criteria (a view's), applied together with `filters` and `quickFind`. */
  criteria: criteriaSchema.optional(),
  ...queryClock,
});
export type ListInput = z.infer<typeof listInput>;

/**
 * Values exchanged with the UI: money as a decimal string, dates as
 * YYYY-MM-DD, moments as UTC ISO strings, durations as minutes, and lists
 * (multi-choice values, party references `"<entity>:<id>"`) as string arrays.
 */
export type FieldValue = string | number | boolean | null | readonly string[];
export type RecordValues = Record<string, FieldValue>;

/** The most items a list value (choices, parties) may hold. */
export const MAX_LIST_ITEMS = 200;

export const recordValues = z.record(
  z.string().max(64),
  z.union([text, z.number(), z.boolean(), z.null(), z.array(z.string().max(200)).max(MAX_LIST_ITEMS).readonly()]),
);

export interface LookupRef {
  readonly id: string;
  readonly name: string;
}

export interface RecordRow {
  readonly id: string;
  readonly display_name: string;
  readonly values: RecordValues;
  /** Display names of the lookups in `values`, by field name (a regarding field's `id` is its `"<entity>:<id>"`). */
  readonly lookups: Readonly<Record<string, LookupRef>>;
  /**
   * Display names of the references `"<entity>:<id>"` that regarding and
   * party fields in `values` hold, by reference. Absent when there are none.
   */
  readonly refNames?: Readonly<Record<string, string>>;
}

export interface ListPage {
  readonly rows: readonly RecordRow[];
  /** Pass as `after` for the next page; null at the end. */
  readonly nextCursor: string | null;
}

export interface RecordSystem {
  readonly created_at: string;
  readonly created_by: LookupRef;
  readonly modified_at: string;
  readonly modified_by: LookupRef;
  readonly deleted_at: string | null;
}

export interface RecordData extends RecordRow {
  readonly entity: string;
  readonly system: RecordSystem;
}

export const getInput = z.object({ entity: entityName, id: recordId });
export const createInput = z.object({ entity: entityName, values: recordValues });
export const updateInput = z.object({ entity: entityName, id: recordId, values: recordValues });
export const deleteInput = z.object({ entity: entityName, id: recordId });
export const deletedInput = z.object({
  entity: entityName.optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export const lookupInput = z.object({
  entity: entityName,
  text: z.string().max(200),
  limit: z.number().int().min(1).max(50).optional(),
  /** Only records whose lookup field `field` points at `value` (a product's units: those of its unit group). */
  where: z.object({ field: z.string().max(64), value: recordId }).optional(),
});

export interface LookupItem {
  readonly id: string;
  readonly name: string;
  readonly detail: string;
}

export interface DeletedItem {
  readonly entity: string;
  readonly id: string;
  readonly name: string;
  readonly deleted_at: string;
  readonly deleted_by: LookupRef;
}

export interface HistoryEntry {
  readonly id: number;
  readonly at: string;
  readonly user: LookupRef;
  /** create, update, delete, restore, merge */
  readonly action: 'create' | 'update' | 'delete' | 'restore' | 'merge';
  /** Null for create/delete/restore rows that are not about one field. */
  readonly field: string | null;
  readonly old_value: FieldValue;
  readonly new_value: FieldValue;
  /** On `merge` rows: the other record of the merge and whether this one was the master (it stayed) or not. */
  readonly merge?: { readonly role: 'master' | 'subordinate'; readonly other: LookupRef };
}

export const searchInput = z.object({
  text: z.string().max(200),
  limitPerType: z.number().int().min(1).max(50).optional(),
});

export interface SearchGroup {
  readonly entity: string;
  readonly items: readonly LookupItem[];
}
