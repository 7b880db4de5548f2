import { useState } from 'react';
import { Group, Input, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getEntity, type LookupField, type RegardingField } from '../../../src-shared/entities';
import { formatRef, parseRef } from '../../../src-shared/rules/records';
import { EntityIcon } from '../../app/icons';
import { LookupFieldInput } from './LookupFieldInput';
import type { FieldInputProps } from './types';

/**
 * A reference to a record of one of several types: the type first, then a
 * type-ahead over records of that type. The value is `"<entity>:<id>"`.
 */
export function RegardingFieldInput(props: FieldInputProps<RegardingField>) {
  const { field, value, label, error, lookupName, onChange, onBlur, onLookupName, onRefNames, nested } = props;
  const { t } = useTranslation();
  const ref = typeof value === 'string' ? parseRef(value) : null;
  const [chosenType, setChosenType] = useState<string>(ref?.entity ?? field.targets[0] ?? '');
  const type = ref?.entity ?? chosenType;
  const target: LookupField = {
    name: field.name,
    type: 'lookup',
    target: type,
    label: field.label,
    section: field.section,
    ...(field.required ? { required: true } : {}),
  };
  const id = `field-${field.name}`;
  const name = lookupName ?? (ref ? props.refNames?.[formatRef(ref.entity, ref.id)] : undefined);
  const types = field.targets.map((entity) => ({ value: entity, label: t(getEntity(entity).label) }));

  return (
    <Input.Wrapper label={label} withAsterisk={field.required === true} id={`${id}-type`}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Select
          id={`${id}-type`}
          aria-label={t('fields.record_type_of', { field: label })}
          data={types}
          value={type}
          allowDeselect={false}
          onChange={(next) => {
            if (!next || next === type) return;
            setChosenType(next);
            // Another type: the record chosen so far no longer fits.
            if (ref) onChange(null);
          }}
          leftSection={<EntityIcon name={getEntity(type).icon} size={16} />}
          comboboxProps={{ withinPortal: !nested }}
          renderOption={({ option }) => (
            <Group gap="xs" wrap="nowrap">
              <EntityIcon name={getEntity(option.value).icon} size={16} />
              {option.label}
            </Group>
          )}
          style={{ flex: 2 }}
        />
        <div style={{ flex: 3 }}>
          <LookupFieldInput
            field={target}
            value={ref?.id ?? null}
            label={label}
            labelHidden
            error={error}
            lookupName={name}
            nested={nested}
            onBlur={onBlur}
            onChange={(next, nextName) => {
              if (typeof next !== 'string') return onChange(null);
              const chosen = formatRef(type, next);
              if (nextName !== undefined) onRefNames?.({ [chosen]: nextName });
              onChange(chosen, nextName);
            }}
            onLookupName={(learned) => {
              onLookupName?.(learned);
              if (ref) onRefNames?.({ [formatRef(ref.entity, ref.id)]: learned });
            }}
          />
        </div>
      </Group>
    </Input.Wrapper>
  );
}
