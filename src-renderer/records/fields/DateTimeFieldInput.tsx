import { useState } from 'react';
import { Group, Input, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DateTimeField } from '../../../src-shared/entities';
import { fromLocalParts, localParts } from './local-time';
import type { FieldInputProps } from './types';

/** When only a date is picked, the time it starts with. */
const DEFAULT_TIME = '09:00';

/**
 * A moment as the browser's date and time pickers, in the user's time zone;
 * the value is the UTC moment. While only one half is filled in, that half
 * is kept here and the value stays what it was (or empty).
 */
export function DateTimeFieldInput({ field, value, label, error, onChange, onBlur }: FieldInputProps<DateTimeField>) {
  const { t } = useTranslation();
  const stored = localParts(typeof value === 'string' ? value : null);
  const [partial, setPartial] = useState<{ date: string; time: string } | null>(null);
  const parts = partial ?? stored;
  const id = `field-${field.name}`;

  function change(next: { date: string; time: string }) {
    if (next.date === '' && next.time === '') {
      setPartial(null);
      onChange(null);
      return;
    }
    const time = next.date !== '' && next.time === '' ? DEFAULT_TIME : next.time;
    const moment = fromLocalParts(next.date, time);
    if (moment === null) {
      setPartial({ date: next.date, time });
      return;
    }
    setPartial(null);
    onChange(moment);
  }

  return (
    <Input.Wrapper label={label} error={error} withAsterisk={field.required === true} id={id}>
      <Group gap="xs" wrap="nowrap" role="group" aria-labelledby={`${id}-label`}>
        <TextInput
          type="date"
          id={id}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-label={t('fields.date_of', { field: label })}
          name={`${field.name}.date`}
          value={parts.date}
          min="1800-01-01"
          max="2200-12-31"
          error={Boolean(error)}
          onChange={(e) => change({ ...parts, date: e.currentTarget.value })}
          onBlur={onBlur}
          style={{ flex: 3 }}
        />
        <TextInput
          type="time"
          aria-describedby={error ? `${id}-error` : undefined}
          aria-label={t('fields.time_of', { field: label })}
          name={`${field.name}.time`}
          value={parts.time}
          error={Boolean(error)}
          onChange={(e) => change({ ...parts, time: e.currentTarget.value })}
          onBlur={onBlur}
          style={{ flex: 2 }}
        />
      </Group>
    </Input.Wrapper>
  );
}
