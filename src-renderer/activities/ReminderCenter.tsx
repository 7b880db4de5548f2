import { useEffect, useState } from 'react';
import { ActionIcon, Button, Group, Menu, Paper, Text } from '@mantine/core';
import { IconBell, IconChevronDown, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DueReminder } from '../../src-shared/api';
import { ACTIVITY_TYPE_ICONS, type ActivityType } from '../../src-shared/entities/activity';
import { getEntity } from '../../src-shared/entities';
import { SNOOZE_MINUTES } from '../../src-shared/rules/activities';
import { useApi } from '../api';
import { notifyError } from '../app/errors';
import { EntityIcon } from '../app/icons';
import { navigate } from '../app/navigation';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { formatDuration } from '../records/fields/display';
import { useUiStore } from '../stores/ui-store';
import classes from './ReminderCenter.module.css';

/** How many reminders are shown at once; the rest are counted. */
const SHOWN = 3;

/**
 * In-app reminders: the current user's due reminders, as the backend
 * announces them, each with Open, Snooze (5, 10, 15 or 60 minutes) and
 * Dismiss. Snooze and dismiss are remembered by the backend, so every
 * window (and the desktop notifications) agree.
 */
export function ReminderCenter() {
  const api = useApi();
  const { t } = useTranslation();
  const [reminders, setReminders] = useState<readonly DueReminder[]>([]);
  // Folded away by the user, the cards stop covering the page; a reminder that was not there then unfolds them.
  const [foldedOver, setFoldedOver] = useState<readonly string[] | null>(null);
  const folded = foldedOver !== null && reminders.every((r) => foldedOver.includes(r.key));

  useEffect(() => {
    let live = true;
    api.call('reminders.due', {}).then(
      (due) => live && setReminders(due.reminders),
      () => undefined,
    );
    const off = api.on('reminders-due', (due) => setReminders(due.reminders));
    return () => {
      live = false;
      off();
    };
  }, [api]);

  async function act(call: () => Promise<{ reminders: readonly DueReminder[] }>) {
    try {
      setReminders((await call()).reminders);
    } catch (error) {
      notifyError(error);
    }
  }

  if (reminders.length === 0) return null;
  const rest = reminders.length - SHOWN;
  if (folded) {
    return (
      <section className={classes.stack} aria-label={t('reminders.region')} aria-live="polite">
        <Button
          variant="default"
          leftSection={<IconBell size={16} />}
          onClick={() => setFoldedOver(null)}
          className={classes.unfold}
        >
          {t('reminders.show', { count: reminders.length })}
        </Button>
      </section>
    );
  }
  return (
    <section className={classes.stack} aria-label={t('reminders.region')} aria-live="polite">
      <Group justify="flex-end">
        <ActionIcon
          variant="default"
          radius="xl"
          onClick={() => setFoldedOver(reminders.map((r) => r.key))}
          aria-label={t('reminders.hide')}
        >
          <IconMinus size={14} />
        </ActionIcon>
      </Group>
      {reminders.slice(0, SHOWN).map((reminder) => (
        <ReminderCard
          key={reminder.key}
          reminder={reminder}
          onSnooze={(minutes) =>
            void act(() => api.call('reminders.snooze', { activityId: reminder.activityId, minutes }))
          }
          onDismiss={() => void act(() => api.call('reminders.dismiss', { activityId: reminder.activityId }))}
        />
      ))}
      {rest > 0 && (
        <Text size="sm" c="dimmed" ta="center">
          {t('reminders.more', { count: rest })}
        </Text>
      )}
    </section>
  );
}

function ReminderCard({
  reminder,
  onSnooze,
  onDismiss,
}: {
  reminder: DueReminder;
  onSnooze(minutes: number): void;
  onDismiss(): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const workArea = useUiStore((s) => s.workArea);
  const title = t('reminders.title', { subject: reminder.subject });
  const when = reminder.at ? formatDateTime(locale, reminder.at) : null;
  return (
    <Paper withBorder shadow="md" radius="md" p="md" className={classes.card} role="alertdialog" aria-label={title}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconBell size={20} stroke={1.6} aria-hidden color="var(--mantine-color-orange-6)" />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="nowrap">
            <EntityIcon name={ACTIVITY_TYPE_ICONS[reminder.activityType as ActivityType] ?? 'activity'} size={16} />
            <Text fw={600} size="sm" className={classes.subject} dir="auto">
              {reminder.subject}
            </Text>
          </Group>
          {when && (
            <Text size="sm" c="dimmed">
              {t(reminder.atKind === 'start' ? 'reminders.starts' : 'reminders.due', { when })}
            </Text>
          )}
          <Group gap="xs" mt="sm">
            <Button
              size="compact-sm"
              variant="light"
              onClick={() =>
                navigate({ kind: 'record', area: workArea, entity: getEntity('activity'), id: reminder.activityId })
              }
            >
              {t('reminders.open')}
            </Button>
            <Menu position="top-start" shadow="md">
              <Menu.Target>
                <Button size="compact-sm" variant="default" rightSection={<IconChevronDown size={12} />}>
                  {t('reminders.snooze')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown aria-label={t('reminders.snooze')}>
                {SNOOZE_MINUTES.map((minutes) => (
                  <Menu.Item key={minutes} onClick={() => onSnooze(minutes)}>
                    {t('reminders.snooze_for', { duration: formatDuration(t, minutes) })}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={onDismiss}>
              {t('reminders.dismiss')}
            </Button>
          </Group>
        </div>
      </Group>
    </Paper>
  );
}
