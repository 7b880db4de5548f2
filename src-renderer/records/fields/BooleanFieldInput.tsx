import { Input, Switch } from '@mantine/core';
import type { BooleanField } from '../../../src-shared/entities';
import type { FieldInputProps } from './types';

export function BooleanFieldInput({ field, value, label, error, onChange, onBlur }: FieldInputProps<BooleanField>) {
  const checked = value === true;
  return (
    <Input.Wrapper error={error} pt={26}>
      <Switch
        label={label}
        name={field.name}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        onBlur={onBlur}
        size="md"
      />
    </Input.Wrapper>
  );
}
