import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StageFigures } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { OwnerFilter } from './OwnerFilter';
import { formatAmount, stageLabel } from './report-format';
import { EmptyReport, ReportPage, Stat } from './ReportPage';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

const MEASURES = ['count', 'total', 'weighted'] as const;
type Measure = (typeof MEASURES)[number];

const SHADES = [8, 7, 6, 5, 4, 3];
const TAPER = 6;
const MIN_WIDTH = 8;

function valueOf(stage: StageFigures, measure: Measure): number {
  // Widths only: a float is fine here, every figure shown is the exact string.
  return measure === 'count' ? stage.count : Number(stage[measure]);
}

/**
 * "Sales funnel": how many open opportunities, and how much revenue, sit
 * at each stage, drawn as a funnel whose segment widths follow the chosen
 * measure, for one owner or the whole sales team.
 */
export function FunnelPage({ area }: { area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [measure, setMeasure] = useState<Measure>('count');
  const { data, error, reload } = useReport('salesReports.funnel', ownerId ? { ownerId } : {}, ['opportunity']);
  const opportunity = getEntity('opportunity');

  const stages = data?.stages ?? [];
  const largest = Math.max(0, ...stages.map((s) => valueOf(s, measure)));
  const widthOf = (s: StageFigures) =>
    largest > 0 ? Math.max(MIN_WIDTH, (valueOf(s, measure) / largest) * 100) : MIN_WIDTH;
  const shownAs = (s: StageFigures, m: Measure) =>
    m === 'count' ? formatInteger(locale, s.count) : formatAmount(locale, s[m], data?.currency ?? '');
  const shown = (s: StageFigures) => shownAs(s, measure);

  return (
    <ReportPage
      title={t('page.sales_funnel.title')}
      intro={t('sales_reports.funnel.intro')}
      controls={
        <>
          <OwnerFilter value={ownerId} onChange={setOwnerId} />
          <div>
            <Text size="sm" fw={500} mb={4} id="funnel-measure">
              {t('sales_reports.funnel.measure')}
            </Text>
            <SegmentedControl
              aria-labelledby="funnel-measure"
              value={measure}
              onChange={(v) => setMeasure(v as Measure)}
              data={MEASURES.map((m) => ({ value: m, label: t(`sales_reports.measure.${m}`) }))}
            />
          </div>
        </>
      }
      error={error}
      loading={data === null}
      onRetry={reload}
      unconverted={data?.unconverted}
    >
      {data && data.total.count === 0 ? (
        <EmptyReport
          text={t(ownerId ? 'sales_reports.pipeline.empty_owner' : 'sales_reports.pipeline.empty')}
          action={
            <Button
              variant="light"
              component="a"
              {...linkProps({ kind: 'list', area: areaForEntity(opportunity, area), entity: opportunity })}
            >
              {t('sales_reports.open_opportunities')}
            </Button>
          }
        />
      ) : (
        data && (
          <>
            <Group gap="lg" align="stretch">
              <Stat label={t('sales_reports.open_count')} value={formatInteger(locale, data.total.count)} />
              <Stat label={t('sales_reports.total')} value={formatAmount(locale, data.total.total, data.currency)} />
              <Stat
                label={t('sales_reports.weighted')}
                value={formatAmount(locale, data.total.weighted, data.currency)}
              />
            </Group>
            <Paper withBorder radius="md" p="lg" maw={980}>
              <Stack gap={4} role="img" aria-label={t('sales_reports.funnel.chart_label')}>
                {stages.map((stage, i) => {
                  const top = widthOf(stage);
                  const bottom = Math.max(MIN_WIDTH - TAPER / 2, top - TAPER);
                  const shade = SHADES[Math.min(i, SHADES.length - 1)] ?? 6;
                  return (
                    <div key={stage.stage} className={classes.funnelRow} data-stage={stage.stage}>
                      <svg className={classes.funnelShape} viewBox="0 0 100 64" preserveAspectRatio="none" aria-hidden>
                        <polygon
                          points={`${50 - top / 2},0 ${50 + top / 2},0 ${50 + bottom / 2},64 ${50 - bottom / 2},64`}
                          fill={`var(--mantine-color-blue-${shade})`}
                        />
                      </svg>
                      <div>
                        <Text fw={700}>{stageLabel(t, stage.stage)}</Text>
                        <Text size="lg" fw={600} className={classes.num} ta="start">
                          {shown(stage)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {MEASURES.filter((m) => m !== measure)
                            .map((m) => `${t(`sales_reports.measure.${m}`)}: ${shownAs(stage, m)}`)
                            .join(' · ')}
                        </Text>
                      </div>
                    </div>
                  );
                })}
              </Stack>
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Table verticalSpacing="sm" aria-label={t('sales_reports.funnel.table_label')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('sales_reports.stage')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.measure.count')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.total')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.weighted')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stages.map((stage) => (
                    <Table.Tr key={stage.stage}>
                      <Table.Td>{stageLabel(t, stage.stage)}</Table.Td>
                      <Table.Td className={classes.num}>{formatInteger(locale, stage.count)}</Table.Td>
                      <Table.Td className={classes.num}>{formatAmount(locale, stage.total, data.currency)}</Table.Td>
                      <Table.Td className={classes.num}>{formatAmount(locale, stage.weighted, data.currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>{t('sales_reports.all_stages')}</Table.Th>
                    <Table.Th className={classes.num}>{formatInteger(locale, data.total.count)}</Table.Th>
                    <Table.Th className={classes.num}>{formatAmount(locale, data.total.total, data.currency)}</Table.Th>
                    <Table.Th className={classes.num}>
                      {formatAmount(locale, data.total.weighted, data.currency)}
                    </Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Paper>
          </>
        )
      )}
    </ReportPage>
  );
}
