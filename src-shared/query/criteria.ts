import { z } from 'zod';
import { CRITERIA_OPS, MAX_LIST_VALUES, type CriteriaOp } from './operators';

/**
 * Advanced-find criteria: a serialisable tree of AND/OR groups whose leaves
 * are conditions on a field of the record (`industry`), on a field of the
 * record a lookup points at (`account_id.industry`: contacts whose account's
 * industry is...), or "has related" conditions on the records that point at
 * this one (accounts that have contacts where...). Saved views, exports and
 * (later) marketing lists store exactly this JSON.
 */

export type CriteriaScalar = string | number | boolean | null;
export type CriteriaValue = CriteriaScalar | readonly (string | number)[];

export interface FieldCondition {
  readonly kind: 'condition';
  /** A field name, or `<lookup field>.<field of the looked-up record>`. */
  readonly field: string;
  readonly op: CriteriaOp;
  readonly value?: CriteriaValue;
}

export interface RelatedCondition {
  readonly kind: 'related';
  /** The record type that points at this one, e.g. `contact`. */
  readonly entity: string;
  /** Its lookup field pointing at this record, e.g. `account_id`. */
  readonly via: string;
  /** `some`: at least one related record matches `where`; `none`: none does. */
  readonly match: 'some' | 'none';
  readonly where: CriteriaGroup;
}

export interface CriteriaGroup {
  readonly kind: 'group';
  readonly op: 'and' | 'or';
  readonly items: readonly CriteriaNode[];
}

export type CriteriaNode = FieldCondition | RelatedCondition | CriteriaGroup;
export type Criteria = CriteriaGroup;

/** Groups and "has related" levels one inside the other, the root counting as 1. */
export const MAX_CRITERIA_DEPTH = 5;
/** Conditions in the whole tree. */
export const MAX_CRITERIA_CONDITIONS = 100;
export const MAX_GROUP_ITEMS = 50;
/** Longest text a condition compares with. */
export const MAX_CRITERIA_TEXT = 1000;

/** No condition at all: every record matches. */
export const MATCH_ALL: Criteria = { kind: 'group', op: 'and', items: [] };

const name = z.string().min(1).max(64);
const scalar = z.union([z.string().max(MAX_CRITERIA_TEXT), z.number(), z.boolean(), z.null()]);
const listItem = z.union([z.string().max(MAX_CRITERIA_TEXT), z.number()]);

const fieldCondition = z
  .object({
    kind: z.literal('condition'),
    field: z.string().min(1).max(130),
    op: z.enum(CRITERIA_OPS),
    value: z.union([scalar, z.array(listItem).max(MAX_LIST_VALUES)]).optional(),
  })
  .strict();

// Recursive through getters (zod 4); the explicit annotations keep the inferred types exact.
const relatedCondition: z.ZodType<RelatedCondition> = z
  .object({
    kind: z.literal('related'),
    entity: name,
    via: name,
    match: z.enum(['some', 'none']),
    get where() {
      return criteriaGroup;
    },
  })
  .strict();

const criteriaGroup: z.ZodType<CriteriaGroup> = z
  .object({
    kind: z.literal('group'),
    op: z.enum(['and', 'or']),
    get items() {
      return z.array(z.union([fieldCondition, relatedCondition, criteriaGroup])).max(MAX_GROUP_ITEMS);
    },
  })
  .strict();

/** How deeply `value` nests objects and arrays, counted without recursion. */
function nesting(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    // A document this deep is refused before zod walks it recursively.
    if (deepest > 64) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The schema of criteria crossing the API. Shape only: whether the fields
 * exist and the operators and values fit them is `validateCriteria`'s job,
 * because it depends on the entity metadata.
 */
export const criteriaSchema: z.ZodType<Criteria> = z
  .custom<unknown>((value) => nesting(value) <= 4 * MAX_CRITERIA_DEPTH + 4, {
    params: { messageKey: 'validation.criteria_too_deep' },
    error: 'These conditions are nested too deeply.',
  })
  .pipe(criteriaGroup);

/** How many conditions (field and "has related") the criteria hold, at any depth. */
export function countConditions(node: CriteriaNode): number {
  switch (node.kind) {
    case 'condition':
      return 1;
    case 'related':
      return 1 + countConditions(node.where);
    case 'group':
      return node.items.reduce((sum, item) => sum + countConditions(item), 0);
  }
}
