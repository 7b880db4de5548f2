import { FILTER_OPS_BY_TYPE, type ColumnFilter, type FieldIssue, type FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { validateField } from '../../../src-shared/rules/records';
import { isListField, toDb, type DbValue } from './field-codec';
import { itemField, listFieldCondition } from './list-field-filters';
import { quoteIdent, type RecordTable } from './record-table';

/**
 * Column filters -> SQL conditions on alias `t`. The field must exist, the
 * operator must suit its type, and every value must be of the field's type;
 * otherwise the caller gets VALIDATION issues at `filters[i]`.
 */

export interface SqlCondition {
  readonly sql: string;
  readonly params: DbValue[];
}

/** `display_name` is filterable and sortable like a text field. */
export const DISPLAY_NAME_FIELD: FieldDef = {
  name: 'display_name',
  type: 'text',
  label: 'field.common.display_name',
  maxLength: 500,
  sortable: true,
  section: 'summary',
};

export function listField(table: RecordTable, name: string): FieldDef | undefined {
  return name === 'display_name' ? DISPLAY_NAME_FIELD : table.fieldByName.get(name);
}

function filterIssue(
  path: (string | number)[],
  messageKey: string,
  message: string,
  params?: Record<string, string | number>,
): FieldIssue {
  return { path, messageKey, message, ...(params ? { params } : {}) };
}

const TEXT_TYPES = new Set(['text', 'multiline', 'email', 'phone', 'url']);

/** One filter value in the field's column form, or an issue. */
function operand(field: FieldDef, raw: unknown, path: (string | number)[]): { value: DbValue } | { issue: FieldIssue } {
  const wrongType = { issue: filterIssue(path, 'validation.type', 'This value has the wrong type.') };
  if (raw === null || raw === undefined || Array.isArray(raw)) return wrongType;
  if (TEXT_TYPES.has(field.type)) {
    return typeof raw === 'string' && raw.length > 0 ? { value: raw } : wrongType;
  }
  // A filter value of a list field is one item of the list.
  const checkedAs = isListField(field) ? itemField(field) : field;
  const checked = validateField({ ...checkedAs, required: true } as FieldDef, raw as FieldValue);
  if ('issue' in checked) return { issue: { ...checked.issue, path } };
  return { value: toDb(field, checked.value) };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Upper bound of a prefix range: above every string that starts with the prefix. */
const PREFIX_END = '\u{10FFFF}';

export function buildFilters(
  table: RecordTable,
  filters: readonly ColumnFilter[],
): { conditions: SqlCondition[]; issues: FieldIssue[] } {
  const conditions: SqlCondition[] = [];
  const issues: FieldIssue[] = [];
  filters.forEach((filter, i) => {
    const field = listField(table, filter.field);
    if (!field) {
      issues.push(
        filterIssue(['filters', i, 'field'], 'validation.unknown_field', `There is no field "${filter.field}".`, {
          field: filter.field,
        }),
      );
      return;
    }
    if (!FILTER_OPS_BY_TYPE[field.type].includes(filter.op)) {
      issues.push(
        filterIssue(['filters', i, 'op'], 'validation.filter_op', `This filter cannot be used on this field.`, {
          op: filter.op,
        }),
      );
      return;
    }
    const col = `t.${quoteIdent(field.name)}`;
    const valuePath = ['filters', i, 'value'];
    const { op, value } = filter;

    if (op === 'empty' || op === 'not_empty') {
      if (value !== undefined && value !== null) {
        issues.push(filterIssue(valuePath, 'validation.type', 'This filter takes no value.'));
        return;
      }
      conditions.push({ sql: `${col} IS ${op === 'empty' ? '' : 'NOT '}NULL`, params: [] });
      return;
    }

    const many = op === 'in' || op === 'between';
    const list = many ? (Array.isArray(value) ? value : null) : [value];
    if (list === null || (op === 'between' && list.length !== 2) || list.length === 0) {
      const expected = op === 'between' ? 'two values' : 'a list of values';
      issues.push(filterIssue(valuePath, 'validation.type', `This filter takes ${expected}.`));
      return;
    }
    const operands: DbValue[] = [];
    for (const [j, raw] of list.entries()) {
      const result = operand(field, raw, many ? [...valuePath, j] : valuePath);
      if ('issue' in result) issues.push(result.issue);
      else operands.push(result.value);
    }
    if (operands.length !== list.length) return;
    const [first = null, second = null] = operands;
    if (isListField(field)) {
      conditions.push(listFieldCondition(table, field, operands));
      return;
    }

    switch (op) {
      case 'eq':
        conditions.push({ sql: `${col} = ?`, params: [first] });
        return;
      case 'ne':
        // "Is not X" includes records where the field is empty.
        conditions.push({ sql: `${col} IS NOT ?`, params: [first] });
        return;
      case 'contains':
        conditions.push({ sql: `${col} LIKE ? ESCAPE '\\'`, params: [`%${escapeLike(String(first))}%`] });
        return;
      case 'begins':
        // A range instead of LIKE so the column's NOCASE index serves it.
        conditions.push({ sql: `${col} >= ? AND ${col} < ?`, params: [first, `${String(first)}${PREFIX_END}`] });
        return;
      case 'in':
        conditions.push({ sql: `${col} IN (${operands.map(() => '?').join(', ')})`, params: operands });
        return;
      case 'between':
        conditions.push({ sql: `${col} BETWEEN ? AND ?`, params: [first, second] });
        return;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        const sign = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[op];
        conditions.push({ sql: `${col} ${sign} ?`, params: [first] });
        return;
      }
    }
  });
  return { conditions, issues };
}
