import { useState } from 'react';
import { Anchor, Button, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { addMonths } from '../../src-shared/rules/sales-reports';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import { MonthInput } from './MonthInput';
import { formatAmount, formatMonth, formatQuantity, thisMonth } from './report-format';
import { EmptyReport, ReportPage } from './ReportPage';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

const SPANS = [6, 12] as const;
type Measure = 'amount' | 'quantity';

/** A small line of the month values, time running with the writing direction. */
function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  const width = 96;
  const height = 28;
  const max = Math.max(0, ...values);
  const pad = 3;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const x = (i: number) => pad + i * step;
  const y = (v: number) => (max > 0 ? height - pad - (v / max) * (height - 2 * pad) : height - pad);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values.length - 1;
  return (
    <svg
      className={classes.sparkline}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points} fill="none" stroke="var(--mantine-primary-color-filled)" strokeWidth="1.8" />
      {last >= 0 && (
        <circle cx={x(last)} cy={y(values[last] ?? 0)} r="2.4" fill="var(--mantine-primary-color-filled)" />
      )}
    </svg>
  );
}

/**
 * "Product trend": how much of each product was invoiced month by month
 * (amount or quantity), to see where each one is in its life cycle.
 */
export function ProductTrendPage({ area }: { area: WorkArea }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [months, setMonths] = useState<number>(12);
  const [from, setFrom] = useState(addMonths(thisMonth(), -11));
  const [measure, setMeasure] = useState<Measure>('amount');
  const { data, error, reload } = useReport('salesReports.productTrend', { from, months }, [
    'invoice',
    'product',
    'sales_line',
  ]);
  const product = getEntity('product');
  const invoice = getEntity('invoice');
  const productArea = areaForEntity(product, area);
  const show = (value: { quantity: string; amount: string }) =>
    measure === 'amount'
      ? formatAmount(locale, value.amount, data?.currency ?? '')
      : formatQuantity(locale, value.quantity);

  return (
    <ReportPage
      wide
      title={t('page.product_trend.title')}
      intro={t('sales_reports.product_trend.intro')}
      controls={
        <>
          <MonthInput label={t('sales_reports.from_month')} value={from} onChange={setFrom} />
          <div>
            <Text size="sm" fw={500} mb={4} id="trend-span">
              {t('sales_reports.months')}
            </Text>
            <SegmentedControl
              aria-labelledby="trend-span"
              value={String(months)}
              onChange={(v) => setMonths(Number(v))}
              data={SPANS.map((n) => ({ value: String(n), label: formatInteger(locale, n) }))}
            />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4} id="trend-measure">
              {t('sales_reports.product_trend.measure')}
            </Text>
            <SegmentedControl
              aria-labelledby="trend-measure"
              value={measure}
              onChange={(v) => setMeasure(v as Measure)}
              data={[
                { value: 'amount', label: t('sales_reports.product_trend.amount') },
                { value: 'quantity', label: t('sales_reports.product_trend.quantity') },
              ]}
            />
          </div>
        </>
      }
      error={error}
      loading={data === null}
      onRetry={reload}
      unconverted={data?.unconverted}
    >
      {data && data.rows.length === 0 ? (
        <EmptyReport
          text={t('sales_reports.product_trend.empty')}
          action={
            <Button
              variant="light"
              component="a"
              {...linkProps({ kind: 'list', area: areaForEntity(invoice, area), entity: invoice })}
            >
              {t('sales_reports.open_invoices')}
            </Button>
          }
        />
      ) : (
        data && (
          <>
            <Paper withBorder radius="md" p="md" className={classes.tableScroll}>
              <Table verticalSpacing="xs" highlightOnHover aria-label={t('page.product_trend.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th className={classes.stickyFirst}>{t('sales_reports.product_trend.product')}</Table.Th>
                    <Table.Th>{t('sales_reports.product_trend.trend')}</Table.Th>
                    <Table.Th className={classes.num}>{t('sales_reports.range_total')}</Table.Th>
                    {data.months.map((m) => (
                      <Table.Th key={m} className={classes.num}>
                        {formatMonth(locale, m)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rows.map((row) => (
                    <Table.Tr key={row.product?.id ?? `w:${row.name}`}>
                      <Table.Td className={classes.stickyFirst} miw={200}>
                        {row.product ? (
                          <Anchor
                            size="sm"
                            fw={500}
                            dir="auto"
                            {...linkProps({ kind: 'record', area: productArea, entity: product, id: row.product.id })}
                          >
                            {row.name}
                          </Anchor>
                        ) : (
                          <Text size="sm" dir="auto">
                            {row.name}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {row.product
                            ? [row.product.number, measure === 'quantity' && row.unit ? row.unit : null]
                                .filter(Boolean)
                                .join(' · ')
                            : t('sales_reports.product_trend.write_in')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Sparkline
                          values={row.months.map((m) => Number(measure === 'amount' ? m.amount : m.quantity))}
                          label={t('sales_reports.product_trend.trend_of', { name: row.name })}
                        />
                      </Table.Td>
                      <Table.Td className={classes.num} fw={600}>
                        {show(row)}
                      </Table.Td>
                      {row.months.map((m) => (
                        <Table.Td key={m.month} className={classes.num}>
                          {Number(measure === 'amount' ? m.amount : m.quantity) === 0 ? (
                            <Text span c="dimmed" size="sm">
                              —
                            </Text>
                          ) : (
                            show(m)
                          )}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                {measure === 'amount' && (
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th className={classes.stickyFirst}>
                        {t('sales_reports.product_trend.all_products')}
                      </Table.Th>
                      <Table.Th>
                        <Sparkline
                          values={data.byMonth.map((m) => Number(m.amount))}
                          label={t('sales_reports.product_trend.trend_of', {
                            name: t('sales_reports.product_trend.all_products'),
                          })}
                        />
                      </Table.Th>
                      <Table.Th className={classes.num}>{formatAmount(locale, data.amount, data.currency)}</Table.Th>
                      {data.byMonth.map((m) => (
                        <Table.Th key={m.month} className={classes.num}>
                          {formatAmount(locale, m.amount, data.currency)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Tfoot>
                )}
              </Table>
            </Paper>
            <Text size="sm" c="dimmed">
              {t('sales_reports.product_trend.note')}
            </Text>
          </>
        )
      )}
    </ReportPage>
  );
}
