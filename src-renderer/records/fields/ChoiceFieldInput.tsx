import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { offeredChoices, type ChoiceField } from '../../../src-shared/entities';
import { EntityIcon } from '../../app/icons';
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
  values,
}: FieldInputProps<ChoiceField>) {
  const { t } = useTranslation();
  // Only the values that fit the field this one depends on (e.g. the reasons of the current status).
  const control = field.dependsOn ? values?.[field.dependsOn.field] : undefined;
  // Values hidden from an edited choice list are not offered, except the one the record holds.
  const available = offeredChoices(field, value);
  const offered =
    field.dependsOn && typeof control === 'string'
      ? (field.dependsOn.choices[control] ?? available).filter((c) => available.includes(c))
      : available;
  const data = offered.map((choice) => ({ value: choice, label: t(choiceKey(field.choiceSet, choice)) }));
  const icon = typeof value === 'string' ? field.icons?.[value] : undefined;
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
      {...(field.icons
        ? {
            leftSection: icon ? <EntityIcon name={icon} size={16} /> : null,
            renderOption: ({ option }: { option: { value: string; label: string } }) => (
              <Group gap="xs" wrap="nowrap">
                <EntityIcon name={field.icons?.[option.value] ?? ''} size={16} />
                {option.label}
              </Group>
            ),
          }
        : {})}
    />
  );
}
