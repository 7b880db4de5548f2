import { Anchor, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../src-shared/api';
import { findPageByRoute, getEntity, getField, type WorkArea } from '../../src-shared/entities';
import { EntityIcon } from '../app/icons';
import { linkProps } from '../app/navigation';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { choiceKey, formatDuration } from '../records/fields/display';
import classes from './Dashboard.module.css';

const typeField = getField(getEntity('activity'), 'activity_type');

function typeIcon(type: string): string {
  return (typeField?.type === 'choice' && typeField.icons?.[type]) || 'activity';
}

/** How long the user's completed activities took this week, in all and by activity type. */
export function WeekCard({ area, data }: { area: WorkArea; data: DashboardSummary['week'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const report = findPageByRoute('time-spent');
  return (
    <Paper withBorder radius="md" p="lg" className={classes.card} component="section" aria-labelledby="dash-week">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="dash-week" className={classes.cardTitle}>
            <IconClock size={22} stroke={1.6} aria-hidden />
            {t('dashboard.week.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.week.range', { from: formatDate(locale, data.from), to: formatDate(locale, data.to) })}
          </Text>
        </div>
        {data.count === 0 ? (
          <div className={classes.empty}>
            <Text fw={500}>{t('dashboard.week.empty')}</Text>
            <Text size="sm" c="dimmed">
              {t('dashboard.week.empty_hint')}
            </Text>
          </div>
        ) : (
          <>
            <div>
              <Text className={classes.total}>{formatDuration(t, data.totalMinutes)}</Text>
              <Text size="sm" c="dimmed">
                {t('dashboard.week.count', { count: data.count })}
              </Text>
            </div>
            <ul className={classes.list} aria-label={t('dashboard.week.title')}>
              {data.byType.map((row) => (
                <li key={row.type} className={classes.row}>
                  <EntityIcon name={typeIcon(row.type)} size={18} />
                  <div className={classes.rowMain}>
                    <Group justify="space-between" gap="xs" wrap="nowrap">
                      <Text size="sm">{t(choiceKey('activity_type', row.type))}</Text>
                      <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                        {formatDuration(t, row.minutes)}
                      </Text>
                    </Group>
                    <Progress
                      value={data.totalMinutes > 0 ? (100 * row.minutes) / data.totalMinutes : 0}
                      size="sm"
                      mt={4}
                      aria-hidden
                    />
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
        {report && (
          <Anchor size="sm" {...linkProps({ kind: 'page', area, page: report })}>
            {t('dashboard.week.report')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
