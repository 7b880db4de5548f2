import { Button, Group, List, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarClash, UserSummary } from '../../src-shared/api';
import { parseRef } from '../../src-shared/rules/records';
import { USER_PARTY } from '../../src-shared/entities';
import { EntityIcon } from '../app/icons';
import { useLocale } from '../i18n/useLocale';
import { formatSpanDated } from './calendar-format';
import { iconOf } from './calendar-items';

/** Clashes listed per person; more than this are counted. */
const SHOWN_PER_PERSON = 5;

interface Props {
  readonly clashes: readonly CalendarClash[];
  /** Several slots were checked (a series). */
  readonly series: boolean;
  readonly users: readonly UserSummary[];
  onSaveAnyway(): void;
  onGoBack(): void;
}

/**
 * "Scheduling conflict": who would be double-booked, with what and when.
 * Going back (the default, and what Escape does) saves nothing.
 */
export function ConflictDialog({ clashes, series, users, onSaveAnyway, onGoBack }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const userName = (id: string | null) => users.find((u) => u.id === id)?.name ?? '';
  return (
    <Modal
      opened
      onClose={onGoBack}
      title={
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon color="orange" variant="light" size="md" aria-hidden>
            <IconAlertTriangle size={16} />
          </ThemeIcon>
          <Text fw={600}>{t('calendar.conflict.title')}</Text>
        </Group>
      }
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t(series ? 'calendar.conflict.intro_series' : 'calendar.conflict.intro')}</Text>
        <Stack gap="sm" role="list" aria-label={t('calendar.conflict.title')}>
          {clashes.map((clash) => {
            const ref = parseRef(clash.party);
            const isUser = ref?.entity === USER_PARTY;
            const rest = clash.items.length - SHOWN_PER_PERSON;
            return (
              <div key={clash.party} role="listitem">
                <Group gap={6} wrap="nowrap">
                  <EntityIcon
                    name={isUser ? 'user-circle' : ref?.entity === 'account' ? 'building' : 'user'}
                    size={16}
                  />
                  <Text fw={600} dir="auto">
                    {clash.name}
                  </Text>
                </Group>
                <List size="sm" spacing={2} ms="lg" mt={4} listStyleType="none">
                  {clash.items.slice(0, SHOWN_PER_PERSON).map((item) => {
                    const owner = item.ownerId && `user:${item.ownerId}` !== clash.party ? userName(item.ownerId) : '';
                    return (
                      <List.Item key={item.key} icon={<EntityIcon name={iconOf(item)} size={14} />}>
                        <Text span size="sm" fw={500} dir="auto">
                          {item.subject || t('calendar.item.no_subject')}
                        </Text>
                        <Text span size="sm" c="dimmed">
                          {' · '}
                          {formatSpanDated(locale, Date.parse(item.start), Date.parse(item.end))}
                          {owner ? ` · ${t('calendar.conflict.with_owner', { name: owner })}` : ''}
                        </Text>
                      </List.Item>
                    );
                  })}
                  {rest > 0 && (
                    <List.Item>
                      <Text span size="sm" c="dimmed">
                        {t('calendar.conflict.more', { count: rest })}
                      </Text>
                    </List.Item>
                  )}
                </List>
              </div>
            );
          })}
        </Stack>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onGoBack} data-autofocus>
            {t('calendar.conflict.go_back')}
          </Button>
          <Button color="orange" onClick={onSaveAnyway}>
            {t('calendar.conflict.save_anyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
