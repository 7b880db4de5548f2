import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DurationField } from '../../../src-shared/entities';
import { parseDuration } from '../../../src-shared/rules/records';
import { normalizeDigits } from './digits';
import { formatDuration } from './display';
import type { FieldInputProps } from './types';

/** Whole minutes as `h:mm`, the form a person reads and types back. */
export function hoursMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * A duration typed as minutes ("90") or hours and minutes ("1:30"); the
 * text is the user's while they type, and the description says what it
 * means ("1 h 30 min"). The shared rules do the parsing.
 */
export function DurationFieldInput({ field, value, label, error, onChange, onBlur }: FieldInputProps<DurationField>) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (typeof value === 'number' ? hoursMinutes(value) : typeof value === 'string' ? value : '');
  const minutes = typeof value === 'number' ? value : typeof value === 'string' ? parseDuration(value) : null;
  return (
    <TextInput
      label={label}
      error={error}
      name={field.name}
      withAsterisk={field.required === true}
      description={minutes !== null ? formatDuration(t, minutes) : t('duration.hint')}
      inputMode="numeric"
      dir="ltr"
      autoComplete="off"
      value={text}
      onChange={(e) => {
        const next = normalizeDigits(e.currentTarget.value);
        setTyped(next);
        onChange(next);
      }}
      onBlur={() => {
        setTyped(null);
        onBlur();
      }}
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}
