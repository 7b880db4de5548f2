import { TextInput } from '@mantine/core';
import type { DateField } from '../../../src-shared/entities';
import type { FieldInputProps } from './types';

/** The browser's date picker; its value is already the `YYYY-MM-DD` the API exchanges. */
export function DateFieldInput({ field, value, label, error, onChange, onBlur }: FieldInputProps<DateField>) {
  return (
    <TextInput
      type="date"
      label={label}
      error={error}
      name={field.name}
      withAsterisk={field.required === true}
      value={typeof value === 'string' ? value : ''}
      min="1800-01-01"
      max="2200-12-31"
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
    />
  );
}
