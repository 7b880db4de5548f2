import type { ReactNode } from 'react';
import { Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './calendar.module.css';

/** "+N more" under the items that fit, listing all of the day's items when pressed. */
export function MoreItems({
  more,
  total,
  dayLabel,
  children,
}: {
  more: number;
  total: number;
  dayLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Popover width={300} position="bottom" shadow="md" withArrow>
      <Popover.Target>
        <button
          type="button"
          className={classes.more}
          aria-label={t('calendar.more_label', { count: total, date: dayLabel })}
        >
          {t('calendar.more', { count: more })}
        </button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600} mb="xs">
          {dayLabel}
        </Text>
        <Stack gap={4}>{children}</Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
