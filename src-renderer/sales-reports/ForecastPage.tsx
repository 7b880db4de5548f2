import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Forecast, ForecastCell, ForecastOwner } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { MonthInput } from './MonthInput';
import { OwnerFilter } from './OwnerFilter';
import { formatAmount, formatCompact, formatMonth, thisMonth } from './report-format';
import { EmptyReport, ReportPage, Stat } from './ReportPage';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

const SPANS = [3, 6, 12] as const;
const COLORS = ['blue', 'teal', 'grape', 'orange', 'cyan', 'pink', 'lime', 'indigo', 'red', 'yellow'];

function ownerColor(index: number): string {
  return `var(--mantine-color-${COLORS[index % COLORS.length] ?? 'blue'}-6)`;
}

/**
 * "Weighted forecast": open opportunities by the month they are expected to
 * close and by owner, each amount weighted by its probability, as a table
 * and as bars stacked by owner.
 */
export function ForecastPage({ area }: { area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [from, setFrom] = useState(thisMonth());
  const [months, setMonths] = useState<number>(6);
  const input = { from, months, ...(ownerId ? { ownerId } : {}) };
  const { data, error, reload } = useReport('salesReports.forecast', input, ['opportunity']);
  const opportunity = getEntity('opportunity');
  const listLink = linkProps({ kind: 'list', area: areaForEntity(opportunity, area), entity: opportunity });

  const nothing = data !== null && data.total.count === 0 && data.earlier.count === 0 && data.undated.count === 0;

  return (
    <ReportPage
      title={t('page.sales_forecast.title')}
      intro={t('sales_reports.forecast.intro')}
      controls={
        <>
          <OwnerFilter value={ownerId} onChange={setOwnerId} />
          <MonthInput label={t('sales_reports.from_month')} value={from} onChange={setFrom} />
          <div>
            <Text size="sm" fw={500} mb={4} id="forecast-span">
              {t('sales_reports.months')}
            </Text>
            <SegmentedControl
              aria-labelledby="forecast-span"
              value={String(months)}
              onChange={(v) => setMonths(Number(v))}
              data={SPANS.map((n) => ({ value: String(n), label: formatInteger(locale, n) }))}
            />
          </div>
        </>
      }
      error={error}
      loading={data === null}
      onRetry={reload}
      unconverted={data?.unconverted}
    >
      {nothing ? (
        <EmptyReport
          text={t(ownerId ? 'sales_reports.pipeline.empty_owner' : 'sales_reports.pipeline.empty')}
          action={
            <Button variant="light" component="a" {...listLink}>
              {t('sales_reports.open_opportunities')}
            </Button>
          }
        />
      ) : (
        data && (
          <>
            <Group gap="lg" align="stretch">
              <Stat
                label={t('sales_reports.weighted')}
                value={formatAmount(locale, data.total.weighted, data.currency)}
                hint={t('sales_reports.forecast.in_range', {
                  from: formatMonth(locale, data.months[0] ?? from),
                  to: formatMonth(locale, data.months[data.months.length - 1] ?? from),
                })}
              />
              <Stat label={t('sales_reports.total')} value={formatAmount(locale, data.total.total, data.currency)} />
              <Stat label={t('sales_reports.open_count')} value={formatInteger(locale, data.total.count)} />
            </Group>
            {(data.earlier.count > 0 || data.undated.count > 0) && (
              <Alert color="yellow" icon={<IconInfoCircle />} title={t('sales_reports.forecast.outside_title')}>
                <Stack gap={4}>
                  {data.earlier.count > 0 && (
                    <Text size="sm">
                      {t('sales_reports.forecast.earlier', {
                        count: data.earlier.count,
                        month: formatMonth(locale, from, 'long'),
                        amount: formatAmount(locale, data.earlier.weighted, data.currency),
                      })}
                    </Text>
                  )}
                  {data.undated.count > 0 && (
                    <Text size="sm">
                      {t('sales_reports.forecast.undated', {
                        count: data.undated.count,
                        amount: formatAmount(locale, data.undated.weighted, data.currency),
                      })}
                    </Text>
                  )}
                  <Anchor size="sm" {...listLink}>
                    {t('sales_reports.forecast.fix_dates')}
                  </Anchor>
                </Stack>
              </Alert>
            )}
            {data.total.count === 0 ? (
              <EmptyReport text={t('sales_reports.forecast.empty_range')} />
            ) : (
              <>
                <ForecastBars data={data} />
                <ForecastTable data={data} />
              </>
            )}
          </>
        )
      )}
    </ReportPage>
  );
}

function ownerName(t: (k: string) => string, owner: ForecastOwner): string {
  return owner.name || t('sales_reports.no_owner');
}

function ForecastBars({ data }: { data: Forecast }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cell = new Map(data.cells.map((c) => [`${c.month}|${c.ownerId}`, c]));
  const largest = Math.max(0, ...data.byMonth.map((m) => Number(m.weighted)));
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} size="h5" mb="sm">
        {t('sales_reports.forecast.chart_title')}
      </Title>
      <div className={classes.bars} role="img" aria-label={t('sales_reports.forecast.chart_title')}>
        {data.byMonth.map((month) => {
          // Heights only: the amounts shown are the exact strings.
          const height = largest > 0 ? (Number(month.weighted) / largest) * 100 : 0;
          return (
            <div key={month.month} className={classes.barSlot}>
              <div className={classes.barStack} style={{ height: `${height}%` }}>
                {data.owners.map((owner, i) => {
                  const c = cell.get(`${month.month}|${owner.id}`);
                  const share =
                    c && Number(month.weighted) > 0 ? (Number(c.weighted) / Number(month.weighted)) * 100 : 0;
                  if (share <= 0) return null;
                  return (
                    <Tooltip
                      key={owner.id}
                      label={`${ownerName(t, owner)}: ${formatAmount(locale, c?.weighted ?? '0', data.currency)}`}
                    >
                      <div style={{ height: `${share}%`, background: ownerColor(i) }} />
                    </Tooltip>
                  );
                })}
              </div>
              {Number(month.weighted) > 0 && (
                <span className={classes.barLabel} style={{ bottom: `${height}%` }}>
                  {formatCompact(locale, month.weighted, data.currency)}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <div className={classes.barAxis}>
        {data.byMonth.map((m) => (
          <Text key={m.month} size="xs" c="dimmed">
            {formatMonth(locale, m.month)}
          </Text>
        ))}
      </div>
      <Group gap="md" mt="md">
        {data.owners.map((owner, i) => (
          <Group key={owner.id} gap={6} wrap="nowrap">
            <span className={classes.legendSwatch} style={{ background: ownerColor(i) }} />
            <Text size="sm">{ownerName(t, owner)}</Text>
          </Group>
        ))}
      </Group>
    </Paper>
  );
}

function ForecastTable({ data }: { data: Forecast }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cell = new Map<string, ForecastCell>(data.cells.map((c) => [`${c.month}|${c.ownerId}`, c]));
  const amount = (value: string) => formatAmount(locale, value, data.currency);
  return (
    <Paper withBorder radius="md" p="md" className={classes.tableScroll}>
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('sales_reports.forecast.table_label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className={classes.stickyFirst}>{t('sales_reports.owner')}</Table.Th>
            {data.months.map((m) => (
              <Table.Th key={m} className={classes.num}>
                {formatMonth(locale, m)}
              </Table.Th>
            ))}
            <Table.Th className={classes.num}>{t('sales_reports.range_total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.owners.map((owner, i) => (
            <Table.Tr key={owner.id}>
              <Table.Td className={classes.stickyFirst}>
                <Group gap={6} wrap="nowrap">
                  <span className={classes.legendSwatch} style={{ background: ownerColor(i) }} />
                  <Text size="sm">{ownerName(t, owner)}</Text>
                </Group>
              </Table.Td>
              {data.months.map((m) => {
                const c = cell.get(`${m}|${owner.id}`);
                return (
                  <Table.Td key={m} className={classes.num}>
                    {c ? (
                      <Tooltip
                        label={t('sales_reports.forecast.cell_hint', { count: c.count, total: amount(c.total) })}
                      >
                        <span>{amount(c.weighted)}</span>
                      </Tooltip>
                    ) : (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
              <Table.Td className={classes.num} fw={600}>
                {amount(owner.figures.weighted)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th className={classes.stickyFirst}>{t('sales_reports.all_owners')}</Table.Th>
            {data.byMonth.map((m) => (
              <Table.Th key={m.month} className={classes.num}>
                {amount(m.weighted)}
              </Table.Th>
            ))}
            <Table.Th className={classes.num}>{amount(data.total.weighted)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Paper>
  );
}
