import { ActionIcon, Group, Select, useDirection } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addMonths } from '../../src-shared/rules/sales-reports';
import { useLocale } from '../i18n/useLocale';
import { formatMonth } from './report-format';

/** Months offered around the chosen one (two years either way); the arrows go further. */
const SPAN = 24;

/**
 * A month (`YYYY-MM`), picked from a list named in the user's language, with
 * steps back and forward by `step` months. The arrows point with the writing
 * direction: "earlier" is on the start side.
 */
export function MonthInput({
  label,
  value,
  onChange,
  step = 1,
}: {
  label: string;
  value: string;
  onChange: (month: string) => void;
  step?: number;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rtl = useDirection().dir === 'rtl';
  const Back = rtl ? IconChevronRight : IconChevronLeft;
  const Forward = rtl ? IconChevronLeft : IconChevronRight;
  const data = Array.from({ length: 2 * SPAN + 1 }, (_, i) => addMonths(value, i - SPAN))
    .filter((_, i) => (i - SPAN) % step === 0)
    .map((m) => ({ value: m, label: formatMonth(locale, m, 'long') }));
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <ActionIcon
        variant="default"
        size={36}
        aria-label={t('sales_reports.earlier')}
        onClick={() => onChange(addMonths(value, -step))}
      >
        <Back size={16} />
      </ActionIcon>
      <Select
        label={label}
        value={value}
        data={data}
        allowDeselect={false}
        maxDropdownHeight={280}
        w={180}
        onChange={(next) => next && onChange(next)}
        comboboxProps={{ withinPortal: true }}
      />
      <ActionIcon
        variant="default"
        size={36}
        aria-label={t('sales_reports.later')}
        onClick={() => onChange(addMonths(value, step))}
      >
        <Forward size={16} />
      </ActionIcon>
    </Group>
  );
}
