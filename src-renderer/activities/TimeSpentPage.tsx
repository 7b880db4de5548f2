import { useEffect, useState } from 'react';
import {
  Alert,
  Anchor,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIME_REPORT_GROUPS, type TimeReport, type TimeReportGroup, type TimeReportRow } from '../../src-shared/api';
import { ACTIVITY_TYPE_ICONS, type ActivityType } from '../../src-shared/entities/activity';
import { getEntity, isEntityName, type WorkArea } from '../../src-shared/entities';
import { parseRef } from '../../src-shared/rules/records';
import { useApi } from '../api';
import { errorText } from '../app/errors';
import { EntityIcon } from '../app/icons';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { choiceKey, formatDuration } from '../records/fields/display';
import { addLocalDays, localParts, startOfLocalDay } from '../records/fields/local-time';
import classes from '../pages/Page.module.css';

function firstOfMonth(today: string): string {
  return `${today.slice(0, 8)}01`;
}

/**
 * "Time spent" (My Work): actual durations of completed activities in a
 * period, grouped by customer (an account with its contacts), by user or by
 * activity type, most time first, with each group's split by type.
 */
export function TimeSpentPage({ area }: { area: WorkArea }) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const today = localParts(new Date().toISOString()).date;
  const [groupBy, setGroupBy] = useState<TimeReportGroup>('customer');
  const [from, setFrom] = useState(firstOfMonth(today));
  const [to, setTo] = useState(today);
  const [report, setReport] = useState<{ key: string; data: TimeReport } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const query = JSON.stringify([groupBy, from, to]);

  useEffect(() => {
    let live = true;
    const start = from ? startOfLocalDay(from) : null;
    const end = to ? startOfLocalDay(addLocalDays(to, 1)) : null;
    const load = () =>
      api
        .call('activities.timeReport', { groupBy, ...(start ? { from: start } : {}), ...(end ? { to: end } : {}) })
        .then(
          (data) => {
            if (!live) return;
            setReport({ key: query, data });
            setFailure(null);
          },
          (error: unknown) => live && setFailure(error),
        );
    void load();
    const off = api.on('records-changed', (e) => e.entities.includes('activity') && void load());
    return () => {
      live = false;
      off();
    };
  }, [api, groupBy, from, to, query]);

  const data = report?.key === query ? report.data : null;
  const nameCell = (row: TimeReportRow) => {
    if (groupBy === 'type') {
      return (
        <Group gap="xs" wrap="nowrap">
          <EntityIcon name={ACTIVITY_TYPE_ICONS[row.key as ActivityType] ?? 'activity'} size={16} />
          {t(choiceKey('activity_type', row.key ?? ''))}
        </Group>
      );
    }
    if (groupBy === 'user') return row.name;
    const ref = row.key ? parseRef(row.key) : null;
    if (!ref || !isEntityName(ref.entity)) return <Text c="dimmed">{t('page.time_spent.no_customer')}</Text>;
    const entity = getEntity(ref.entity);
    return (
      <Group gap="xs" wrap="nowrap">
        <EntityIcon name={entity.icon} size={16} />
        <Anchor {...linkProps({ kind: 'record', area: areaForEntity(entity, area), entity, id: ref.id })} dir="auto">
          {row.name}
        </Anchor>
      </Group>
    );
  };

  return (
    <Stack className={classes.page} gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('page.time_spent.title')}</Title>
        <Text c="dimmed" mt={4}>
          {t('page.time_spent.intro')}
        </Text>
      </div>
      <Group align="flex-end" gap="lg">
        <div>
          <Text size="sm" fw={500} mb={4} id="time-spent-group">
            {t('page.time_spent.group_by')}
          </Text>
          <SegmentedControl
            aria-labelledby="time-spent-group"
            value={groupBy}
            onChange={(value) => setGroupBy(value as TimeReportGroup)}
            data={TIME_REPORT_GROUPS.map((g) => ({ value: g, label: t(`page.time_spent.group.${g}`) }))}
          />
        </div>
        <TextInput
          type="date"
          label={t('page.time_spent.from')}
          value={from}
          max={to || undefined}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('page.time_spent.to')}
          value={to}
          min={from || undefined}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      {failure ? (
        <Alert color="red" title={t('page.time_spent.failed')}>
          {errorText(t, failure)}
        </Alert>
      ) : !data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : data.rows.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <Text c="dimmed">{t('page.time_spent.empty')}</Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Table verticalSpacing="sm" highlightOnHover aria-label={t('page.time_spent.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`page.time_spent.group.${groupBy}`)}</Table.Th>
                <Table.Th ta="end">{t('page.time_spent.activities')}</Table.Th>
                <Table.Th ta="end">{t('page.time_spent.time')}</Table.Th>
                {groupBy !== 'type' && <Table.Th>{t('activity.time_spent.title')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((row) => (
                <Table.Tr key={row.key ?? ''}>
                  <Table.Td>{nameCell(row)}</Table.Td>
                  <Table.Td ta="end">{formatInteger(locale, row.count)}</Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {formatDuration(t, row.minutes)}
                  </Table.Td>
                  {groupBy !== 'type' && (
                    <Table.Td>
                      <Group gap="md">
                        {Object.entries(row.byType)
                          .sort((a, b) => b[1] - a[1])
                          .map(([type, minutes]) => (
                            <Group key={type} gap={4} wrap="nowrap" title={t(choiceKey('activity_type', type))}>
                              <EntityIcon name={ACTIVITY_TYPE_ICONS[type as ActivityType] ?? 'activity'} size={14} />
                              <Text size="sm" span>
                                <VisuallyHidden>{t(choiceKey('activity_type', type))}: </VisuallyHidden>
                                {formatDuration(t, minutes)}
                              </Text>
                            </Group>
                          ))}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('page.time_spent.total')}</Table.Th>
                <Table.Th ta="end">{formatInteger(locale, data.count)}</Table.Th>
                <Table.Th ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {formatDuration(t, data.totalMinutes)}
                </Table.Th>
                {groupBy !== 'type' && <Table.Th />}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
