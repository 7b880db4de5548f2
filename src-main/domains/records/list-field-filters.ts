import type { FieldDef } from '../../../src-shared/entities';
import type { DbValue } from './field-codec';
import type { SqlCondition } from './list-filters';
import { quoteIdent, type RecordTable } from './record-table';

/**
 * Filters on list fields, whose value is a JSON array: one filter value is
 * one item of the list, checked as such (a choice of a multi-choice field, a
 * `"<entity>:<id>"` of a party list).
 */

/** The field one item of a list field is checked against. */
export function itemField(field: FieldDef): FieldDef {
  if (field.type === 'multichoice') {
    return { ...field, type: 'choice', choices: field.choices, choiceSet: field.choiceSet };
  }
  if (field.type === 'parties') return { ...field, type: 'regarding', targets: field.targets };
  return field;
}

/**
 * `in` on a multi-choice field: holds any of the values. `eq`/`in` on a
 * party list: any of the parties is in it, answered from the `record_party`
 * index rather than by reading every row's JSON.
 */
export function listFieldCondition(table: RecordTable, field: FieldDef, operands: readonly DbValue[]): SqlCondition {
  const marks = operands.map(() => '?').join(', ');
  if (field.type === 'parties') {
    return {
      sql: `t.id IN (SELECT record_id FROM record_party WHERE party IN (${marks}) AND entity = ? AND field = ?)`,
      params: [...operands, table.entity.name, field.name],
    };
  }
  return {
    sql: `EXISTS (SELECT 1 FROM json_each(t.${quoteIdent(field.name)}) WHERE value IN (${marks}))`,
    params: [...operands],
  };
}
