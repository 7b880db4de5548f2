import { TextInput } from '@mantine/core';
import type { MoneyField, NumberField } from '../../../src-shared/entities';
import { normalizeDigits } from './digits';
import type { FieldInputProps } from './types';

/**
 * Integers and money are typed as text: money must stay an exact decimal
 * string (never a float), and the shared rules do the parsing for both.
 */
export function NumberFieldInput({
  field,
  value,
  label,
  error,
  onChange,
  onBlur,
}: FieldInputProps<NumberField | MoneyField>) {
  return (
    <TextInput
      label={label}
      error={error}
      name={field.name}
      withAsterisk={field.required === true}
      inputMode={field.type === 'money' ? 'decimal' : 'numeric'}
      dir="ltr"
      autoComplete="off"
      value={value === null ? '' : String(value)}
      onChange={(e) => onChange(normalizeDigits(e.currentTarget.value))}
      onBlur={onBlur}
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}
