import { FILTER_OPS_BY_TYPE, type ColumnFilter, type FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { validateField } from '../../../src-shared/rules/records';
import { addLocalDays, startOfLocalDay } from '../fields/local-time';

/**
 * Column filters: which operators fit each field type, how the popover's
 * input becomes API filters, and what a chip says. Pure, so it is tested
 * without a browser.
 */

export type FilterKind = 'text' | 'choice' | 'boolean' | 'range' | 'reference';

/** A filter as the list holds it: the API filter plus the name of a chosen record, for its chip. */
export type AppliedFilter = ColumnFilter & { readonly label?: string };

export function filterKindOf(field: FieldDef): FilterKind {
  switch (field.type) {
    case 'choice':
    case 'multichoice':
      return 'choice';
    case 'boolean':
      return 'boolean';
    case 'integer':
    case 'money':
    case 'date':
    case 'datetime':
    case 'duration':
      return 'range';
    case 'lookup':
    case 'user':
    case 'regarding':
    case 'parties':
      return 'reference';
    default:
      return 'text';
  }
}

export const OPERATORS: Readonly<Record<FilterKind, readonly ColumnFilter['op'][]>> = {
  text: ['contains', 'begins', 'eq', 'empty', 'not_empty'],
  choice: ['in', 'empty', 'not_empty'],
  boolean: ['eq'],
  range: ['between', 'empty', 'not_empty'],
  reference: ['eq', 'empty', 'not_empty'],
};

/** The operators the popover offers for a field: what fits its kind and the backend accepts for its type. */
export function operatorsFor(field: FieldDef): readonly ColumnFilter['op'][] {
  const accepted = FILTER_OPS_BY_TYPE[field.type];
  // `between` is the popover's range; it is sent as `gte`/`lte`.
  return OPERATORS[filterKindOf(field)].filter((op) =>
    op === 'between' ? accepted.includes('gte') : accepted.includes(op),
  );
}

export interface FilterDraft {
  readonly op: ColumnFilter['op'];
  readonly text?: string;
  readonly values?: readonly string[];
  readonly bool?: boolean;
  readonly from?: string;
  readonly to?: string;
  readonly ref?: { readonly id: string; readonly name: string } | null;
}

export type BuildResult =
  { readonly filters: AppliedFilter[] } | { readonly error: string; readonly params?: Record<string, string | number> };

/** The API filters for a draft, or the i18n key of what is missing or wrong. */
export function buildFilters(field: FieldDef, draft: FilterDraft): BuildResult {
  const name = field.name;
  if (draft.op === 'empty' || draft.op === 'not_empty') return { filters: [{ field: name, op: draft.op }] };
  switch (filterKindOf(field)) {
    case 'text': {
      const text = (draft.text ?? '').trim();
      if (!text) return { error: 'filter.need_value' };
      return { filters: [{ field: name, op: draft.op, value: text }] };
    }
    case 'choice': {
      const values = draft.values ?? [];
      if (values.length === 0) return { error: 'filter.need_choice' };
      return { filters: [{ field: name, op: 'in', value: [...values] }] };
    }
    case 'boolean':
      return { filters: [{ field: name, op: 'eq', value: draft.bool ?? true }] };
    case 'reference':
      if (!draft.ref) return { error: 'filter.need_record' };
      return { filters: [{ field: name, op: 'eq', value: draft.ref.id, label: draft.ref.name }] };
    case 'range': {
      const bounds: AppliedFilter[] = [];
      if (field.type === 'datetime') return momentRange(name, draft);
      for (const [op, raw] of [
        ['gte', draft.from],
        ['lte', draft.to],
      ] as const) {
        if (raw === undefined || raw.trim() === '') continue;
        const checked = validateField({ ...field, required: false }, raw);
        if ('issue' in checked)
          return { error: checked.issue.messageKey, ...(checked.issue.params ? { params: checked.issue.params } : {}) };
        bounds.push({ field: name, op, value: checked.value as Exclude<FieldValue, boolean | readonly string[]> });
      }
      if (bounds.length === 0) return { error: 'filter.need_range' };
      return { filters: bounds };
    }
  }
}

/**
 * A range of moments picked as local dates: from the start of the first day
 * to the start of the day after the last, so "to 3 May" includes all of it.
 */
function momentRange(name: string, draft: FilterDraft): BuildResult {
  const bounds: AppliedFilter[] = [];
  const from = draft.from?.trim() ? startOfLocalDay(draft.from.trim()) : undefined;
  const to = draft.to?.trim() ? startOfLocalDay(addLocalDays(draft.to.trim(), 1)) : undefined;
  if (from === null || to === null) return { error: 'validation.date' };
  if (from) bounds.push({ field: name, op: 'gte', value: from });
  if (to) bounds.push({ field: name, op: 'lt', value: to });
  return bounds.length === 0 ? { error: 'filter.need_range' } : { filters: bounds };
}

/** What the backend receives: the filter without UI-only labels. */
export function toApiFilter(filter: AppliedFilter): ColumnFilter {
  return { field: filter.field, op: filter.op, ...(filter.value !== undefined ? { value: filter.value } : {}) };
}
