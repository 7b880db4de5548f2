import type { TFunction } from 'i18next';
import type { FieldValue } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { formatDate, formatDateTime, formatInteger, formatMoney, isEmptyValue } from '../../i18n/format';

export interface DisplayContext {
  readonly t: TFunction;
  readonly locale: string;
  /** Names of the references (`"<entity>:<id>"`) regarding and party fields hold. */
  readonly refNames?: Readonly<Record<string, string>> | undefined;
}

/** "1 h 30 min", "45 min", "2 h" in the user's language. */
export function formatDuration(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('duration.minutes', { minutes: rest });
  return rest === 0 ? t('duration.hours', { hours }) : t('duration.hours_minutes', { hours, minutes: rest });
}

/** The entity name of a `"<entity>:<id>"` reference. */
export function refEntity(ref: string): string {
  return ref.slice(0, Math.max(0, ref.indexOf(':')));
}

/** The text a stored value shows as in lists, history and read-only places. */
export function formatFieldValue(
  field: FieldDef,
  value: FieldValue | undefined,
  lookupName: string | undefined,
  ctx: DisplayContext,
): string {
  if (isEmptyValue(value) || (Array.isArray(value) && value.length === 0)) return '';
  if (Array.isArray(value)) {
    const items =
      field.type === 'multichoice'
        ? value.map((v) => ctx.t(choiceKey(field.choiceSet, v), { defaultValue: v }))
        : value.map((ref) => ctx.refNames?.[ref] ?? ref);
    return new Intl.ListFormat(ctx.locale, { type: 'unit', style: 'short' }).format(items);
  }
  const v = value as string | number | boolean;
  switch (field.type) {
    case 'integer':
      return typeof v === 'number' ? formatInteger(ctx.locale, v) : String(v);
    case 'money':
      return formatMoney(ctx.locale, typeof v === 'boolean' ? '' : v);
    case 'date':
      return formatDate(ctx.locale, String(v));
    case 'datetime':
      return formatDateTime(ctx.locale, String(v));
    case 'duration':
      return typeof v === 'number' ? formatDuration(ctx.t, v) : String(v);
    case 'boolean':
      return v === true ? ctx.t('common.yes') : ctx.t('common.no');
    case 'choice':
    case 'multichoice':
      // A single value of a multi-choice field: one of its items (in a filter chip).
      return ctx.t(choiceKey(field.choiceSet, String(v)), { defaultValue: String(v) });
    case 'lookup':
    case 'user':
      return lookupName ?? String(v);
    case 'regarding':
      return lookupName ?? ctx.refNames?.[String(v)] ?? String(v);
    default:
      return String(v);
  }
}

export function choiceKey(choiceSet: string, value: string): string {
  return `choice.${choiceSet}.${value}`;
}
