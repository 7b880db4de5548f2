import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChoiceField } from '../../../src-shared/entities';
import { choiceKey } from './display';
import type { FieldInputProps } from './types';

export function ChoiceFieldInput({
  field,
  value,
  label,
  error,
  onChange,
  onBlur,
  nested,
}: FieldInputProps<ChoiceField>) {
  const { t } = useTranslation();
  const data = field.choices.map((choice) => ({ value: choice, label: t(choiceKey(field.choiceSet, choice)) }));
  return (
    <Select
      label={label}
      error={error}
      name={field.name}
      withAsterisk={field.required === true}
      data={data}
      value={typeof value === 'string' ? value : null}
      onChange={(next) => onChange(next)}
      onBlur={onBlur}
      clearable={!field.required}
      searchable
      comboboxProps={{ withinPortal: !nested }}
      placeholder={t('form.choose')}
      nothingFoundMessage={t('form.nothing_found')}
      clearButtonProps={{ 'aria-label': t('form.clear_field', { field: label }) }}
    />
  );
}
