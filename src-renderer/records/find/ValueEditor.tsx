import { Group, MultiSelect, NumberInput, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDef, LookupField, UserField } from '../../../src-shared/entities';
import { criteriaKindOf, MAX_DAYS, operandShape, type CriteriaOp, type CriteriaValue } from '../../../src-shared/query';
import { choiceKey } from '../fields/display';
import { normalizeDigits } from '../fields/digits';
import { LookupFieldInput } from '../fields/LookupFieldInput';
import { UserFieldInput } from '../fields/UserFieldInput';
import { useDirectory } from '../../users/directory';
import { principalOptions } from '../../users/principal-options';

interface ValueEditorProps {
  readonly field: FieldDef;
  readonly op: CriteriaOp;
  readonly value: CriteriaValue | undefined;
  readonly error: string | undefined;
  /** Accessible name prefix, e.g. "Condition 2". */
  readonly label: string;
  readonly names: Readonly<Record<string, string>>;
  onChange(value: CriteriaValue | undefined): void;
  onName(id: string, name: string): void;
}

/** Which HTML input a typed scalar gets. */
function inputType(field: FieldDef): 'date' | 'datetime-local' | 'text' {
  if (field.type === 'date') return 'date';
  if (field.type === 'datetime') return 'datetime-local';
  return 'text';
}

/** `datetime-local` speaks local wall time; the API speaks UTC instants. */
function toInputValue(field: FieldDef, value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  if (field.type !== 'datetime' || typeof value !== 'string') return String(value);
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const local = new Date(instant.getTime() - instant.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function fromInputValue(field: FieldDef, text: string): string {
  if (field.type !== 'datetime' || text === '') return normalizeDigits(text);
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? text : instant.toISOString();
}

/** The value input that fits the field type and the operator: none, one, a list, a range or a number of days. */
export function ValueEditor({ field, op, value, error, label, names, onChange, onName }: ValueEditorProps) {
  const { t } = useTranslation();
  const { users, teams } = useDirectory();
  const shape = operandShape(op);
  const kind = criteriaKindOf(field.type);
  const valueLabel = `${label}: ${t('find.value')}`;

  if (shape === 'none') return null;
  if (shape === 'days') {
    return (
      <NumberInput
        aria-label={`${label}: ${t('find.days')}`}
        placeholder={t('find.days')}
        min={1}
        max={MAX_DAYS}
        allowDecimal={false}
        allowNegative={false}
        value={typeof value === 'number' ? value : ''}
        onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
        error={error}
      />
    );
  }
  if (kind === 'boolean') {
    return (
      <SegmentedControl
        aria-label={valueLabel}
        fullWidth
        data={[
          { value: 'yes', label: t('find.yes') },
          { value: 'no', label: t('find.no') },
        ]}
        value={value === false ? 'no' : 'yes'}
        onChange={(v) => onChange(v === 'yes')}
      />
    );
  }
  if ((kind === 'choice' || kind === 'multichoice') && 'choices' in field) {
    const data = field.choices.map((c) => ({ value: c, label: t(choiceKey(field.choiceSet, c)) }));
    if (shape === 'list') {
      return (
        <MultiSelect
          aria-label={valueLabel}
          placeholder={Array.isArray(value) && value.length > 0 ? undefined : t('find.choose_values')}
          data={data}
          value={Array.isArray(value) ? value.map(String) : []}
          onChange={(next) => onChange(next.length > 0 ? next : undefined)}
          error={error}
          searchable
          comboboxProps={{ withinPortal: false }}
        />
      );
    }
    return (
      <Select
        aria-label={valueLabel}
        placeholder={t('find.choose_value')}
        data={data}
        value={typeof value === 'string' ? value : null}
        onChange={(next) => onChange(next ?? undefined)}
        error={error}
        searchable
        comboboxProps={{ withinPortal: false }}
      />
    );
  }
  if (kind === 'user') {
    if (shape === 'list') {
      return (
        <MultiSelect
          aria-label={valueLabel}
          placeholder={t('find.choose_values')}
          data={principalOptions(
            users,
            teams,
            { users: t('users.group_users'), teams: t('users.group_teams') },
            Array.isArray(value) ? value.map(String) : [],
          )}
          value={Array.isArray(value) ? value.map(String) : []}
          onChange={(next) => onChange(next.length > 0 ? next : undefined)}
          error={error}
          searchable
          comboboxProps={{ withinPortal: false }}
        />
      );
    }
    return (
      <UserFieldInput
        field={field as UserField}
        label={valueLabel}
        value={typeof value === 'string' ? value : null}
        lookupName={typeof value === 'string' ? names[value] : undefined}
        error={error}
        onChange={(id, name) => {
          if (typeof id === 'string' && name) onName(id, name);
          onChange(typeof id === 'string' ? id : undefined);
        }}
        onBlur={() => undefined}
        nested
      />
    );
  }
  if (kind === 'lookup') {
    const id = typeof value === 'string' ? value : null;
    return (
      <LookupFieldInput
        field={field as LookupField}
        label={valueLabel}
        labelHidden
        value={id}
        lookupName={id ? names[id] : undefined}
        error={error}
        onChange={(next, name) => {
          if (typeof next === 'string' && name) onName(next, name);
          onChange(typeof next === 'string' ? next : undefined);
        }}
        onLookupName={(name) => id && onName(id, name)}
        onBlur={() => undefined}
        nested
      />
    );
  }

  const type = inputType(field);
  const numeric = kind === 'number' || kind === 'money';
  const scalar = (text: string | undefined, part: string, set: (text: string) => void, message = true) => (
    <TextInput
      aria-label={part}
      type={type}
      inputMode={numeric ? 'decimal' : undefined}
      dir={numeric || type !== 'text' ? 'ltr' : 'auto'}
      value={text ?? ''}
      onChange={(e) => set(fromInputValue(field, e.currentTarget.value))}
      error={message ? error : error !== undefined}
    />
  );
  if (shape === 'pair') {
    const [from, to] = Array.isArray(value) ? value : [];
    const pair = (a: unknown, b: unknown) => onChange([String(a ?? ''), String(b ?? '')]);
    return (
      <Group grow gap="xs" wrap="nowrap" align="flex-start">
        {scalar(toInputValue(field, from), `${label}: ${t('find.from')}`, (text) => pair(text, to))}
        {scalar(toInputValue(field, to), `${label}: ${t('find.to')}`, (text) => pair(from, text), false)}
      </Group>
    );
  }
  return scalar(toInputValue(field, value), valueLabel, (text) => onChange(text === '' ? undefined : text));
}
