import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserField } from '../../../src-shared/entities';
import type { FieldInputProps } from './types';
import { useUsers } from './useUsers';

export function UserFieldInput({
  field,
  value,
  label,
  error,
  lookupName,
  onChange,
  onBlur,
  nested,
}: FieldInputProps<UserField>) {
  const { t } = useTranslation();
  const users = useUsers();
  const data = users.map((u) => ({ value: u.id, label: u.name }));
  // Keep the current owner visible even before (or without) the users list.
  if (typeof value === 'string' && !data.some((d) => d.value === value))
    data.push({ value, label: lookupName ?? value });
  return (
    <Select
      label={label}
      error={error}
      name={field.name}
      withAsterisk={field.required === true}
      data={data}
      value={typeof value === 'string' ? value : null}
      onChange={(next) => onChange(next, users.find((u) => u.id === next)?.name)}
      onBlur={onBlur}
      clearable={!field.required}
      searchable
      comboboxProps={{ withinPortal: !nested }}
      placeholder={t('form.choose_user')}
      nothingFoundMessage={t('form.nothing_found')}
      clearButtonProps={{ 'aria-label': t('form.clear_field', { field: label }) }}
    />
  );
}
