import { Textarea, TextInput } from '@mantine/core';
import type { TextField } from '../../../src-shared/entities';
import type { FieldInputProps } from './types';

const INPUT_TYPE: Record<TextField['type'], string> = {
  text: 'text',
  multiline: 'text',
  email: 'email',
  phone: 'tel',
  url: 'url',
};

export function TextFieldInput({ field, value, label, error, onChange, onBlur }: FieldInputProps<TextField>) {
  const common = {
    label,
    error,
    withAsterisk: field.required === true,
    value: value === null ? '' : String(value),
    maxLength: field.maxLength,
    onBlur,
    name: field.name,
  };
  if (field.type === 'multiline') {
    return (
      <Textarea
        {...common}
        dir="auto"
        autosize
        minRows={3}
        maxRows={12}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      {...common}
      type={INPUT_TYPE[field.type]}
      // Names may be in another script than the UI; addresses and numbers read left to right.
      dir={field.type === 'text' ? 'auto' : 'ltr'}
      autoComplete="off"
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}
