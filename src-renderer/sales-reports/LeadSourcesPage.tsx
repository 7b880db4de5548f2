import { useState } from 'react';
import { Button, Group, Paper, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { choiceKey } from '../records/fields/display';
import { localParts } from '../records/fields/local-time';
import { formatAmount, formatPercent, shareOf } from './report-format';
import { EmptyReport, ReportPage, Stat } from './ReportPage';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

function yearStart(today: string): string {
  return `${today.slice(0, 4)}-01-01`;
}

/** Qualified leads as a percentage of leads, one decimal; null without leads. */
function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * "Lead sources": for each source, the leads it brought in the period, how
 * many were qualified (the conversion rate), and the opportunities from it
 * won in the period with their revenue, to judge where leads are worth
 * buying or chasing.
 */
export function LeadSourcesPage({ area }: { area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = localParts(new Date().toISOString()).date;
  const [from, setFrom] = useState(yearStart(today));
  const [to, setTo] = useState(today);
  const input = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const { data, error, reload } = useReport('salesReports.leadSources', input, ['lead', 'opportunity']);
  const lead = getEntity('lead');
  const sourceName = (source: string | null) =>
    source === null
      ? t('sales_reports.lead_sources.no_source')
      : t(choiceKey('lead_source', source), { defaultValue: source });
  const largest = data
    ? data.rows.reduce((max, r) => (Number(r.wonRevenue) > Number(max) ? r.wonRevenue : max), '0')
    : '0';
  const conversion = (qualified: number, leads: number) => {
    const r = rate(qualified, leads);
    return r === null ? '—' : formatPercent(locale, r);
  };

  return (
    <ReportPage
      title={t('page.lead_sources.title')}
      intro={t('sales_reports.lead_sources.intro')}
      controls={
        <>
          <TextInput
            type="date"
            label={t('sales_reports.from_date')}
            value={from}
            max={to || undefined}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('sales_reports.to_date')}
            value={to}
            min={from || undefined}
            onChange={(e) => setTo(e.currentTarget.value)}
          />
        </>
      }
      error={error}
      loading={data === null}
      onRetry={reload}
      unconverted={data?.unconverted}
    >
      {data && data.rows.length === 0 ? (
        <EmptyReport
          text={t('sales_reports.lead_sources.empty')}
          action={
            <Button
              variant="light"
              component="a"
              {...linkProps({ kind: 'list', area: areaForEntity(lead, area), entity: lead })}
            >
              {t('sales_reports.open_leads')}
            </Button>
          }
        />
      ) : (
        data && (
          <>
            <Group gap="lg" align="stretch">
              <Stat label={t('sales_reports.lead_sources.leads')} value={formatInteger(locale, data.total.leads)} />
              <Stat
                label={t('sales_reports.lead_sources.conversion')}
                value={conversion(data.total.qualified, data.total.leads)}
              />
              <Stat
                label={t('sales_reports.lead_sources.won_revenue')}
                value={formatAmount(locale, data.total.wonRevenue, data.currency)}
              />
            </Group>
            <Paper withBorder radius="md" p="md" className={classes.tableScroll}>
              <Table verticalSpacing="sm" highlightOnHover aria-label={t('page.lead_sources.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sales_reports.lead_sources.source')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.lead_sources.leads')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.lead_sources.qualified')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.lead_sources.disqualified')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.lead_sources.conversion')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.lead_sources.won')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.lead_sources.won_revenue')}</Table.Th>
                    <Table.Th w="18%">
                      <VisuallyHidden>{t('sales_reports.lead_sources.share')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.source ?? ''}>
                      <Table.Td>{sourceName(row.source)}</Table.Td>
                      <Table.Td className={classes.num}>{formatInteger(locale, row.leads)}</Table.Td>
                      <Table.Td className={classes.num}>{formatInteger(locale, row.qualified)}</Table.Td>
                      <Table.Td className={classes.num}>{formatInteger(locale, row.disqualified)}</Table.Td>
                      <Table.Td className={classes.num}>{conversion(row.qualified, row.leads)}</Table.Td>
                      <Table.Td className={classes.num}>{formatInteger(locale, row.wonOpportunities)}</Table.Td>
                      <Table.Td className={classes.num} fw={600}>
                        {formatAmount(locale, row.wonRevenue, data.currency)}
                      </Table.Td>
                      <Table.Td>
                        {Number(row.wonRevenue) > 0 && (
                          <div
                            className={classes.shareBar}
                            style={{ width: `${shareOf(row.wonRevenue, largest) * 100}%` }}
                            aria-hidden
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>{t('sales_reports.all_sources')}</Table.Th>
                    <Table.Th className={classes.num}>{formatInteger(locale, data.total.leads)}</Table.Th>
                    <Table.Th className={classes.num}>{formatInteger(locale, data.total.qualified)}</Table.Th>
                    <Table.Th className={classes.num}>{formatInteger(locale, data.total.disqualified)}</Table.Th>
                    <Table.Th className={classes.num}>{conversion(data.total.qualified, data.total.leads)}</Table.Th>
                    <Table.Th className={classes.num}>{formatInteger(locale, data.total.wonOpportunities)}</Table.Th>
                    <Table.Th className={classes.num}>
                      {formatAmount(locale, data.total.wonRevenue, data.currency)}
                    </Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Paper>
            <Text size="sm" c="dimmed">
              {t('sales_reports.lead_sources.note')}
            </Text>
          </>
        )
      )}
    </ReportPage>
  );
}
