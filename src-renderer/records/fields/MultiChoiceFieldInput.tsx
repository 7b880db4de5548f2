import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { offeredChoices, type MultiChoiceField } from '../../../src-shared/entities';
import { choiceKey } from './display';
import type { FieldInputProps } from './types';

export function MultiChoiceFieldInput({
  field,
  value,
  label,
  error,
  onChange,
  onBlur,
  nested,
}: FieldInputProps<MultiChoiceField>) {
  const { t } = useTranslation();
  const data = offeredChoices(field, value).map((choice) => ({
    value: choice,
    label: t(choiceKey(field.choiceSet, choice)),
  }));
  return (
    <MultiSelect
      label={label}
      error={error}
      name={field.name}
      withAsterisk={field.required === true}
      data={data}
      value={Array.isArray(value) ? [...value] : []}
      onChange={(next) => onChange(next)}
      onBlur={onBlur}
      clearable
      searchable
      comboboxProps={{ withinPortal: !nested }}
      placeholder={Array.isArray(value) && value.length > 0 ? undefined : t('form.choose')}
      nothingFoundMessage={t('form.nothing_found')}
      clearButtonProps={{ 'aria-label': t('form.clear_field', { field: label }) }}
    />
  );
}
