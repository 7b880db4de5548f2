import type { FieldType } from '../entities/types';

/**
 * The operators of advanced-find conditions, and which of them fit each
 * field type. A field type is mapped to a criteria kind (text, number,
 * date...) and each kind lists its operators, so a new field type plugs in
 * with one line in `CRITERIA_KIND_BY_TYPE` (the compiler insists on it).
 *
 * Negative operators (`ne`, `not_in`, `not_contains`, `ne_current_user`)
 * include records where the field is empty, as "is not" does in list
 * filters: "industry is not Retail" also finds accounts with no industry.
 */

export const CRITERIA_OPS = [
  'eq',
  'ne',
  'contains',
  'not_contains',
  'begins',
  'in',
  'not_in',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'empty',
  'not_empty',
  'today',
  'yesterday',
  'tomorrow',
  'this_week',
  'last_week',
  'next_week',
  'this_month',
  'last_month',
  'next_month',
  'this_year',
  'last_year',
  'next_year',
  'last_n_days',
  'next_n_days',
  'older_than_n_days',
  'before_now',
  'eq_current_user',
  'ne_current_user',
] as const;
export type CriteriaOp = (typeof CRITERIA_OPS)[number];

/** Relative date operators: a range of calendar days computed at query time in the user's time zone. */
export const RELATIVE_DATE_OPS = [
  'today',
  'yesterday',
  'tomorrow',
  'this_week',
  'last_week',
  'next_week',
  'this_month',
  'last_month',
  'next_month',
  'this_year',
  'last_year',
  'next_year',
  'last_n_days',
  'next_n_days',
  'older_than_n_days',
] as const satisfies readonly CriteriaOp[];
export type RelativeDateOp = (typeof RELATIVE_DATE_OPS)[number];

export function isRelativeDateOp(op: CriteriaOp): op is RelativeDateOp {
  return (RELATIVE_DATE_OPS as readonly CriteriaOp[]).includes(op);
}

/**
 * `before_now`: in the past at query time. A moment is compared with the
 * moment itself (a call due at 9:00 is overdue at 9:01), a calendar date
 * with today in the user's zone (yesterday is past, today is not yet).
 */
export const PAST_OPS = ['before_now'] as const satisfies readonly CriteriaOp[];

/** How a field's values are compared; several field types share one. */
export type CriteriaKind =
  | 'text'
  | 'long_text'
  | 'number'
  | 'money'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'choice'
  | 'multichoice'
  | 'lookup'
  | 'user'
  | 'regarding'
  | 'parties';

export const CRITERIA_KIND_BY_TYPE: Readonly<Record<FieldType, CriteriaKind>> = {
  text: 'text',
  email: 'text',
  phone: 'text',
  url: 'text',
  multiline: 'long_text',
  integer: 'number',
  money: 'money',
  date: 'date',
  boolean: 'boolean',
  choice: 'choice',
  lookup: 'lookup',
  user: 'user',
  datetime: 'datetime',
  duration: 'number',
  multichoice: 'multichoice',
  regarding: 'regarding',
  parties: 'parties',
};

const EMPTINESS = ['empty', 'not_empty'] as const satisfies readonly CriteriaOp[];
const RANGE = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between'] as const satisfies readonly CriteriaOp[];

/** Operators per kind, in the order the filter builder offers them. */
export const CRITERIA_OPS_BY_KIND: Readonly<Record<CriteriaKind, readonly CriteriaOp[]>> = {
  text: ['contains', 'not_contains', 'begins', 'eq', 'ne', ...EMPTINESS],
  long_text: ['contains', 'not_contains', ...EMPTINESS],
  number: [...RANGE, ...EMPTINESS],
  money: [...RANGE, ...EMPTINESS],
  date: [...RELATIVE_DATE_OPS, ...PAST_OPS, ...RANGE, ...EMPTINESS],
  // A moment is compared by the day it falls on in the user's time zone, or against another moment.
  datetime: [...RELATIVE_DATE_OPS, ...PAST_OPS, 'gt', 'gte', 'lt', 'lte', 'between', ...EMPTINESS],
  boolean: ['eq'],
  choice: ['in', 'not_in', 'eq', 'ne', ...EMPTINESS],
  // A list of choices: `in` holds any of the values, `not_in` none of them.
  multichoice: ['in', 'not_in', ...EMPTINESS],
  lookup: ['eq', 'ne', 'in', 'not_in', ...EMPTINESS],
  user: ['eq_current_user', 'ne_current_user', 'eq', 'ne', 'in', 'not_in', ...EMPTINESS],
  regarding: ['eq', 'ne', ...EMPTINESS],
  // `eq`: the list includes this party; `in`: it includes any of these.
  parties: ['eq', 'in', ...EMPTINESS],
};

export function criteriaKindOf(type: FieldType): CriteriaKind {
  return CRITERIA_KIND_BY_TYPE[type];
}

export function opsForType(type: FieldType): readonly CriteriaOp[] {
  return CRITERIA_OPS_BY_KIND[criteriaKindOf(type)];
}

/**
 * What an operator's `value` holds: nothing, one value of the field's type,
 * a list of them, two (from, to), or a whole number of days.
 */
export type OperandShape = 'none' | 'one' | 'list' | 'pair' | 'days';

export function operandShape(op: CriteriaOp): OperandShape {
  switch (op) {
    case 'in':
    case 'not_in':
      return 'list';
    case 'between':
      return 'pair';
    case 'last_n_days':
    case 'next_n_days':
    case 'older_than_n_days':
      return 'days';
    case 'eq':
    case 'ne':
    case 'contains':
    case 'not_contains':
    case 'begins':
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return 'one';
    default:
      return 'none';
  }
}

/** Bounds of a `days` operand. */
export const MAX_DAYS = 3650;
/** Most values an `in` list may hold. */
export const MAX_LIST_VALUES = 200;
