import type { ColumnFilter } from '../../../src-shared/api';
import type { EntityDef } from '../../../src-shared/entities';
import {
  countConditions,
  type Criteria,
  type CriteriaNode,
  type CriteriaValue,
} from '../../../src-shared/query/criteria';
import type { ViewDefinition, ViewSort } from '../../../src-shared/views/view-definition';

/**
 * How a list's state relates to its view: what is actually shown (the
 * view's columns, sort and criteria unless the user changed them), whether
 * it differs from the view, and the criteria to save, with the column
 * filters folded in. Pure, so it is tested without a browser.
 */

export interface ListOverrides {
  readonly sort: ViewSort;
  readonly columns: readonly string[] | null;
  readonly criteria: Criteria | null;
  readonly filters: readonly ColumnFilter[];
}

export interface EffectiveView {
  readonly columns: readonly string[];
  readonly sort: ViewSort;
  readonly criteria: Criteria;
}

export function effectiveView(view: ViewDefinition, state: ListOverrides): EffectiveView {
  return { columns: state.columns ?? view.columns, sort: state.sort, criteria: state.criteria ?? view.criteria };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether what the list shows differs from the view as saved. */
export function isModified(view: ViewDefinition, state: ListOverrides): boolean {
  const shown = effectiveView(view, state);
  return (
    state.filters.length > 0 ||
    !same(shown.columns, view.columns) ||
    !same(shown.sort, view.sort) ||
    !same(shown.criteria, view.criteria)
  );
}

export function hasConditions(criteria: Criteria | null | undefined): criteria is Criteria {
  return !!criteria && countConditions(criteria) > 0;
}

/** A column filter as a criteria condition (every filter operator is a criteria operator of the same meaning). */
export function filterAsCondition(filter: ColumnFilter): CriteriaNode {
  return {
    kind: 'condition',
    field: filter.field,
    op: filter.op,
    // Filter values are scalars, or lists of choices: criteria values of the same shape.
    ...(filter.value !== undefined && filter.value !== null ? { value: filter.value as CriteriaValue } : {}),
  };
}

/** The criteria AND the column filters, as one tree: what "Save view" stores and advanced find starts from. */
export function withFilters(criteria: Criteria, filters: readonly ColumnFilter[]): Criteria {
  if (filters.length === 0) return criteria;
  const conditions = filters.map(filterAsCondition);
  if (criteria.items.length === 0) return { kind: 'group', op: 'and', items: conditions };
  if (criteria.op === 'and') return { ...criteria, items: [...criteria.items, ...conditions] };
  return { kind: 'group', op: 'and', items: [criteria, ...conditions] };
}

/** Columns to send with a list query: none when they are the record type's defaults (the start-up prefetch asks so). */
export function queryColumns(entity: EntityDef, columns: readonly string[]): readonly string[] | null {
  return same(columns, entity.listColumns) ? null : columns;
}

export function viewName(view: ViewDefinition, t: (key: string) => string): string {
  return view.nameKey ? t(view.nameKey) : view.name;
}
