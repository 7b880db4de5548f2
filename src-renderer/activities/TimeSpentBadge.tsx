import { Badge, Popover, Table, Text, UnstyledButton } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPE_ICONS, type ActivityType } from '../../src-shared/entities/activity';
import { EntityIcon } from '../app/icons';
import { choiceKey, formatDuration } from '../records/fields/display';
import type { FormExtensionProps } from '../records/form/extensions';
import { useTimeSpent } from './useTimeSpent';

/** "Time spent: 3 h 20 min" beside the record type in the header of an account or contact. */
export function TimeSpentBadge({ entity, form }: FormExtensionProps) {
  if (!form.record) return null;
  return <TimeSpentSummary entity={entity.name} id={form.record.id} />;
}

/** The total as a badge; a click shows how it splits by activity type (an account's includes its contacts'). */
function TimeSpentSummary({ entity, id }: { entity: string; id: string }) {
  const { t } = useTranslation();
  const spent = useTimeSpent(entity, id);
  if (!spent) return null;
  const text =
    spent.count === 0
      ? t('activity.time_spent.none')
      : t('activity.time_spent.label', { duration: formatDuration(t, spent.totalMinutes) });
  return (
    <Popover width={320} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton aria-haspopup="dialog">
          <Badge
            variant="light"
            color="grape"
            size="lg"
            leftSection={<IconClock size={14} />}
            style={{ cursor: 'pointer', textTransform: 'none' }}
          >
            {text}
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-label={t('activity.time_spent.title')}>
        <Text fw={600} size="sm" mb="xs">
          {t('activity.time_spent.title')}
        </Text>
        {spent.byType.length > 0 && (
          <Table verticalSpacing={4} aria-label={t('activity.time_spent.title')}>
            <Table.Tbody>
              {spent.byType.map((row) => (
                <Table.Tr key={row.type}>
                  <Table.Td w={28}>
                    <EntityIcon name={ACTIVITY_TYPE_ICONS[row.type as ActivityType] ?? 'activity'} size={16} />
                  </Table.Td>
                  <Table.Td>{t(choiceKey('activity_type', row.type))}</Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {formatDuration(t, row.minutes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('activity.time_spent.count', { count: spent.count })}
          {spent.includesContacts ? ` ${t('activity.time_spent.with_contacts')}` : ''}
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
