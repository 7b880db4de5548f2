import type { FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { formatFieldValue, type DisplayContext } from '../fields/display';
import type { AppliedFilter } from './filter-model';

/** A chip's text, e.g. "City begins with “Ber”", word order per language via one template per operator. */
export function describeFilter(field: FieldDef, filter: AppliedFilter, ctx: DisplayContext): string {
  const fieldLabel = ctx.t(field.label);
  const one = (v: FieldValue | undefined) =>
    field.type === 'text' ||
    field.type === 'email' ||
    field.type === 'phone' ||
    field.type === 'url' ||
    field.type === 'multiline'
      ? String(v ?? '')
      : field.type === 'parties'
        ? (filter.label ?? String(v ?? ''))
        : formatFieldValue(field, v ?? null, filter.label, ctx);
  let value = '';
  if (Array.isArray(filter.value)) {
    const parts = filter.value.map((v) => one(v));
    value = new Intl.ListFormat(ctx.locale, { type: 'disjunction' }).format(parts);
  } else if (filter.value !== undefined) {
    value = one(filter.value);
  }
  return ctx.t(`filter.chip.${filter.op}`, { field: fieldLabel, value });
}
