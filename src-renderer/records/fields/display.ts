import type { TFunction } from 'i18next';
import type { FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { formatDate, formatInteger, formatMoney, isEmptyValue } from '../../i18n/format';

export interface DisplayContext {
  readonly t: TFunction;
  readonly locale: string;
}

/** The text a stored value shows as in lists, history and read-only places. */
export function formatFieldValue(
  field: FieldDef,
  value: FieldValue | undefined,
  lookupName: string | undefined,
  ctx: DisplayContext,
): string {
  if (isEmptyValue(value)) return '';
  const v = value as string | number | boolean;
  switch (field.type) {
    case 'integer':
      return typeof v === 'number' ? formatInteger(ctx.locale, v) : String(v);
    case 'money':
      return formatMoney(ctx.locale, typeof v === 'boolean' ? '' : v);
    case 'date':
      return formatDate(ctx.locale, String(v));
    case 'boolean':
      return v === true ? ctx.t('common.yes') : ctx.t('common.no');
    case 'choice':
      return ctx.t(choiceKey(field.choiceSet, String(v)), { defaultValue: String(v) });
    case 'lookup':
    case 'user':
      return lookupName ?? String(v);
    default:
      return String(v);
  }
}

export function choiceKey(choiceSet: string, value: string): string {
  return `choice.${choiceSet}.${value}`;
}
