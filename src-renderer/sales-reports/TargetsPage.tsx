import { useState } from 'react';
import { Button, Group, Paper, Progress, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TargetFigures, TargetsReport } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { periodOf, type TargetPeriodType } from '../../src-shared/rules/sales-reports';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { entityText } from '../records/entity-text';
import { NewRecordButton } from '../records/list/NewRecordButton';
import { MonthInput } from './MonthInput';
import { formatAmount, formatMonth, formatPercent, thisMonth } from './report-format';
import { EmptyReport, ReportPage } from './ReportPage';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

function colorOf(percent: number | null): string {
  if (percent === null) return 'gray';
  return percent >= 100 ? 'teal' : percent >= 70 ? 'blue' : percent >= 40 ? 'yellow' : 'red';
}

/** A progress bar and its percentage; "no target" when none was set. */
function Attainment({ percent, label }: { percent: number | null; label: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (percent === null)
    return (
      <Text size="sm" c="dimmed">
        {t('sales_reports.targets.no_target')}
      </Text>
    );
  return (
    <Group gap="xs" wrap="nowrap" miw={150}>
      <Progress
        value={Math.min(100, percent)}
        color={colorOf(percent)}
        size="lg"
        radius="xl"
        style={{ flex: 1 }}
        aria-label={label}
      />
      <Text size="sm" fw={600} className={classes.num} w={56} ta="end">
        {formatPercent(locale, percent)}
      </Text>
    </Group>
  );
}

/**
 * "Target attainment" (planned sales, seed 001): each owner's revenue and
 * deal-count targets for a month or quarter against the opportunities they
 * won in it, per team and for the whole sales team.
 */
export function TargetsPage({ area }: { area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [periodType, setPeriodType] = useState<TargetPeriodType>('month');
  const [month, setMonth] = useState(thisMonth());
  const period = periodOf(periodType, month);
  const { data, error, reload } = useReport('salesReports.targets', { periodType, month: period.month }, [
    'sales_target',
    'opportunity',
  ]);
  const target = getEntity('sales_target');
  const targetArea = areaForEntity(target, area);
  const periodName =
    periodType === 'month'
      ? formatMonth(locale, period.month, 'long')
      : t('sales_reports.targets.quarter_range', {
          from: formatMonth(locale, period.months[0] ?? month),
          to: formatMonth(locale, period.months[2] ?? month),
        });

  return (
    <ReportPage
      title={t('page.target_attainment.title')}
      intro={t('sales_reports.targets.intro')}
      controls={
        <>
          <div>
            <Text size="sm" fw={500} mb={4} id="targets-period">
              {t('sales_reports.targets.period')}
            </Text>
            <SegmentedControl
              aria-labelledby="targets-period"
              value={periodType}
              onChange={(v) => setPeriodType(v as TargetPeriodType)}
              data={[
                { value: 'month', label: t('choice.target_period.month') },
                { value: 'quarter', label: t('choice.target_period.quarter') },
              ]}
            />
          </div>
          <MonthInput
            label={t(periodType === 'month' ? 'sales_reports.targets.month' : 'sales_reports.targets.quarter')}
            value={period.month}
            step={periodType === 'quarter' ? 3 : 1}
            onChange={setMonth}
          />
          <Button variant="default" component="a" {...linkProps({ kind: 'list', area: targetArea, entity: target })}>
            {t('sales_reports.targets.manage')}
          </Button>
        </>
      }
      error={error}
      loading={data === null}
      onRetry={reload}
      unconverted={data?.unconverted}
    >
      {data && data.groups.length === 0 ? (
        <EmptyReport
          text={t('sales_reports.targets.empty', { period: periodName })}
          action={
            <NewRecordButton area={targetArea} entity={target} label={entityText(t, target, 'new')} variant="light" />
          }
        />
      ) : (
        data && (
          <>
            <TeamTotal data={data} periodName={periodName} />
            {data.groups.map((group) => (
              <Paper key={group.team?.id ?? ''} withBorder radius="md" p="md">
                <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
                  <Group gap="xs">
                    <IconUsersGroup size={18} aria-hidden />
                    <Title order={3} size="h5">
                      {group.team ? group.team.name : t('sales_reports.targets.no_team')}
                    </Title>
                  </Group>
                  <Group gap="lg">
                    <Text size="sm" c="dimmed">
                      {t('sales_reports.targets.group_revenue', {
                        won: formatAmount(locale, group.wonRevenue, data.currency),
                        target:
                          group.targetRevenue === null ? '—' : formatAmount(locale, group.targetRevenue, data.currency),
                      })}
                    </Text>
                  </Group>
                </Group>
                <div className={classes.tableScroll}>
                  <Table
                    verticalSpacing="sm"
                    highlightOnHover
                    aria-label={group.team?.name ?? t('sales_reports.targets.no_team')}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('sales_reports.owner')}</Table.Th>
                        <Table.Th className={classes.num}>{t('sales_reports.targets.target_revenue')}</Table.Th>
                        <Table.Th className={classes.num}>{t('sales_reports.targets.won_revenue')}</Table.Th>
                        <Table.Th>{t('sales_reports.targets.attainment')}</Table.Th>
                        <Table.Th className={classes.num}>{t('sales_reports.targets.target_count')}</Table.Th>
                        <Table.Th className={classes.num}>{t('sales_reports.targets.won_count')}</Table.Th>
                        <Table.Th>{t('sales_reports.targets.attainment')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {group.rows.map((row) => (
                        <FigureRow
                          key={row.owner.id}
                          name={row.owner.name || t('sales_reports.no_owner')}
                          f={row}
                          currency={data.currency}
                        />
                      ))}
                    </Table.Tbody>
                    {group.rows.length > 1 && (
                      <Table.Tfoot>
                        <FigureRow
                          name={t('sales_reports.targets.team_total')}
                          f={group}
                          currency={data.currency}
                          strong
                        />
                      </Table.Tfoot>
                    )}
                  </Table>
                </div>
              </Paper>
            ))}
            <Text size="sm" c="dimmed">
              {t('sales_reports.targets.grouping_note')}
            </Text>
          </>
        )
      )}
    </ReportPage>
  );
}

function FigureRow({
  name,
  f,
  currency,
  strong,
}: {
  name: string;
  f: TargetFigures;
  currency: string;
  strong?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const Cell = strong ? Table.Th : Table.Td;
  return (
    <Table.Tr>
      <Cell>{name}</Cell>
      <Cell className={classes.num}>
        {f.targetRevenue === null ? '—' : formatAmount(locale, f.targetRevenue, currency)}
      </Cell>
      <Cell className={classes.num}>{formatAmount(locale, f.wonRevenue, currency)}</Cell>
      <Cell>
        <Attainment percent={f.revenueAttainment} label={t('sales_reports.targets.revenue_attainment_of', { name })} />
      </Cell>
      <Cell className={classes.num}>{f.targetCount === null ? '—' : formatInteger(locale, f.targetCount)}</Cell>
      <Cell className={classes.num}>{formatInteger(locale, f.wonCount)}</Cell>
      <Cell>
        <Attainment percent={f.countAttainment} label={t('sales_reports.targets.count_attainment_of', { name })} />
      </Cell>
    </Table.Tr>
  );
}

function TeamTotal({ data, periodName }: { data: TargetsReport; periodName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const total = data.total;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('sales_reports.targets.whole_team', { period: periodName })}
        </Title>
        <Group grow align="flex-start" gap="xl">
          <Stack gap={6}>
            <Text size="sm" c="dimmed" fw={600}>
              {t('sales_reports.targets.revenue')}
            </Text>
            <Text size="lg" fw={700} className={classes.num} ta="start">
              {t('sales_reports.targets.of', {
                won: formatAmount(locale, total.wonRevenue, data.currency),
                target: total.targetRevenue === null ? '—' : formatAmount(locale, total.targetRevenue, data.currency),
              })}
            </Text>
            <Attainment percent={total.revenueAttainment} label={t('sales_reports.targets.revenue')} />
          </Stack>
          <Stack gap={6}>
            <Text size="sm" c="dimmed" fw={600}>
              {t('sales_reports.targets.deals')}
            </Text>
            <Text size="lg" fw={700} className={classes.num} ta="start">
              {t('sales_reports.targets.of', {
                won: formatInteger(locale, total.wonCount),
                target: total.targetCount === null ? '—' : formatInteger(locale, total.targetCount),
              })}
            </Text>
            <Attainment percent={total.countAttainment} label={t('sales_reports.targets.deals')} />
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}
