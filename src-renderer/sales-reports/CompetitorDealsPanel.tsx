import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconMoodSad, IconTrophy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CompetitorDealList } from '../../src-shared/api';
import { COMPETITOR_DEALS_LIMIT } from '../../src-shared/api';
import { getEntity, type WorkArea } from '../../src-shared/entities';
import { errorText } from '../app/errors';
import { linkProps } from '../app/navigation';
import { areaForEntity } from '../app/work-area';
import { formatDate, formatInteger } from '../i18n/format';
import { useLocale } from '../i18n/useLocale';
import type { FormExtensionProps } from '../records/form/extensions';
import { formatAmount } from './report-format';
import classes from './SalesReports.module.css';
import { useReport } from './useReport';

/**
 * The competitor form's "Win / loss" tab: the opportunities lost to this
 * competitor, and the won ones that had named it among their competitors.
 */
export function CompetitorDealsPanel({ area, form }: FormExtensionProps) {
  const { t } = useTranslation();
  const id = form.record?.id ?? '';
  const { data, error } = useReport('salesReports.competitorDeals', { id }, ['opportunity', 'competitor']);
  const name = form.record?.display_name ?? '';
  if (error !== null) return <Alert color="red">{errorText(t, error)}</Alert>;
  if (!data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
      <DealList
        area={area}
        title={t('sales_reports.competitor.lost_to', { name })}
        empty={t('sales_reports.competitor.lost_none', { name })}
        icon={<IconMoodSad size={18} aria-hidden />}
        list={data.lost}
        revenueLabel={t('sales_reports.competitor.estimated_revenue')}
        currency={data.currency}
      />
      <DealList
        area={area}
        title={t('sales_reports.competitor.won_against', { name })}
        empty={t('sales_reports.competitor.won_none', { name })}
        icon={<IconTrophy size={18} aria-hidden />}
        list={data.won}
        revenueLabel={t('sales_reports.competitor.revenue')}
        currency={data.currency}
      />
    </SimpleGrid>
  );
}

function DealList({
  area,
  title,
  empty,
  icon,
  list,
  revenueLabel,
  currency,
}: {
  area: WorkArea;
  title: string;
  empty: string;
  icon: React.ReactNode;
  list: CompetitorDealList;
  revenueLabel: string;
  currency: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const opportunity = getEntity('opportunity');
  const oppArea = areaForEntity(opportunity, area);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={3} size="h5">
            {title}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('sales_reports.competitor.summary', {
            count: list.figures.count,
            amount: formatAmount(locale, list.figures.total, currency),
          })}
        </Text>
      </Group>
      {list.deals.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <div className={classes.tableScroll}>
          <Table verticalSpacing="sm" highlightOnHover aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.name')}</Table.Th>
                <Table.Th>{t('sales_reports.customer')}</Table.Th>
                <Table.Th className={classes.num}>{revenueLabel}</Table.Th>
                <Table.Th>{t('sales_reports.competitor.closed')}</Table.Th>
                <Table.Th>{t('sales_reports.owner')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.deals.map((deal) => (
                <Table.Tr key={deal.id}>
                  <Table.Td>
                    <Anchor
                      fw={500}
                      size="sm"
                      dir="auto"
                      {...linkProps({ kind: 'record', area: oppArea, entity: opportunity, id: deal.id })}
                    >
                      {deal.name || t('list.unnamed')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td dir="auto">{deal.customer?.name ?? ''}</Table.Td>
                  <Table.Td className={classes.num}>
                    {deal.revenue === null ? '—' : formatAmount(locale, deal.revenue, deal.currency ?? currency)}
                  </Table.Td>
                  <Table.Td>{deal.closeDate ? formatDate(locale, deal.closeDate) : '—'}</Table.Td>
                  <Table.Td>{deal.owner?.name ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {list.figures.count > list.deals.length && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('sales_reports.competitor.first_only', {
            count: formatInteger(locale, COMPETITOR_DEALS_LIMIT),
          })}
        </Text>
      )}
    </Paper>
  );
}
