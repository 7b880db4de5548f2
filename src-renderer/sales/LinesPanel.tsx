import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertTriangle, IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentLine, DocumentLines } from '../../src-shared/api';
import { useApi } from '../api';
import { errorText } from '../app/errors';
import { useLocale } from '../i18n/useLocale';
import type { FormExtensionProps } from '../records/form/extensions';
import { notifyFailure } from './feedback';
import { LineDialog } from './LineDialog';
import { formatAmount, formatDecimal, formatPercent } from './money';
import classes from './Sales.module.css';

const isZero = (value: string | null) => value === null || /^-?0(\.0*)?$/.test(value);

/**
 * The "Products" tab of an opportunity, quote, order or invoice: its lines
 * (catalog or write-in products, priced by the backend's pricing rules) with
 * add, edit and remove, and the document's totals under them. Read-only
 * when the document's status keeps its lines; the form's totals fields are
 * refreshed after every change.
 */
export function LinesPanel({ entity, form }: FormExtensionProps) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const id = form.record?.id ?? null;
  const document = id ? `${entity.name}:${id}` : null;
  const [data, setData] = useState<DocumentLines | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [editing, setEditing] = useState<DocumentLine | 'new' | null>(null);
  const [baseCurrency, setBaseCurrency] = useState<string | null>(null);

  const load = useCallback(() => {
    if (!document) return Promise.resolve();
    return api.call('lines.list', { document }).then(
      (next) => {
        setData(next);
        setFailure(null);
      },
      (error: unknown) => setFailure(error),
    );
  }, [api, document]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    let live = true;
    api.call('sales.settings', {}).then(
      (settings) => live && setBaseCurrency(settings.baseCurrency),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  // Lines changed elsewhere (another window, a price-list change, a conversion): show them.
  const onChanged = useEffectEvent(() => void load());
  useEffect(
    () =>
      api.on('records-changed', (event) => {
        if (id && (event.entities.includes('sales_line') || event.ids.includes(id))) onChanged();
      }),
    [api, id],
  );

  function changed(next: DocumentLines) {
    setData(next);
    // The document's totals fields changed with its lines.
    if (!form.dirty) void form.reload();
  }

  function confirmRemove(line: DocumentLine) {
    if (!document) return;
    modals.openConfirmModal({
      title: t('sales_form.lines.remove_title'),
      children: <Text size="sm">{t('sales_form.lines.remove_text', { name: line.productName })}</Text>,
      labels: { confirm: t('sales_form.lines.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        api.call('lines.delete', { document, id: line.id }).then(changed, notifyFailure);
      },
    });
  }

  if (failure && !data) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title={t('sales_form.lines.load_failed')}>
        {errorText(t, failure)}
      </Alert>
    );
  }
  if (!data || !document) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }

  const currency = data.currency || null;
  const money = (value: string | null) => formatAmount(locale, value, currency);
  const editable = data.editable && !form.dirty;
  const totals = data.totals;

  return (
    <Stack gap="md" component="section" aria-label={t('sales_form.lines.region')}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={3} size="h5">
          {t('sales_form.lines.tab')}
        </Title>
        {editable && (
          <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setEditing('new')}>
            {t('sales_form.lines.add')}
          </Button>
        )}
      </Group>
      {!data.editable && (
        <Alert color="gray" icon={<IconLock size={18} />}>
          {t('sales_form.lines.read_only')}
        </Alert>
      )}
      {data.editable && form.dirty && (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
          {t('sales_form.lines.save_first')}
        </Alert>
      )}
      {data.lines.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text fw={500}>{t('sales_form.lines.empty')}</Text>
          {data.editable && (
            <Text size="sm" c="dimmed">
              {t('sales_form.lines.empty_hint')}
            </Text>
          )}
        </Paper>
      ) : (
        <Paper withBorder radius="md">
          <ScrollArea type="auto">
            <Table striped highlightOnHover verticalSpacing="xs" className={classes.linesTable}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th className={classes.num}>{t('sales_form.lines.number')}</Table.Th>
                  <Table.Th>{t('field.sales_line.product_id')}</Table.Th>
                  <Table.Th>{t('field.sales_line.unit_id')}</Table.Th>
                  <Table.Th className={classes.num}>{t('field.sales_line.quantity')}</Table.Th>
                  <Table.Th className={classes.num}>{t('field.sales_line.price_per_unit')}</Table.Th>
                  <Table.Th className={classes.num}>{t('field.sales_line.volume_discount')}</Table.Th>
                  <Table.Th className={classes.num}>{t('field.sales_line.manual_discount')}</Table.Th>
                  <Table.Th className={classes.num}>{t('field.sales_line.tax')}</Table.Th>
                  <Table.Th className={classes.num}>{t('field.sales_line.extended_amount')}</Table.Th>
                  {editable && <Table.Th aria-label={t('sales_form.lines.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.lines.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td className={classes.num}>{line.lineNumber.toLocaleString(locale)}</Table.Td>
                    <Table.Td className={classes.product}>
                      <Text size="sm" fw={500}>
                        <bdi>{line.productName}</bdi>
                      </Text>
                      <Group gap={4}>
                        {line.productNumber && (
                          <Text size="xs" c="dimmed">
                            <bdi>{line.productNumber}</bdi>
                          </Text>
                        )}
                        {line.kind === 'write_in' && (
                          <Badge size="xs" variant="light" color="gray" tt="none">
                            {t('sales_form.lines.write_in')}
                          </Badge>
                        )}
                      </Group>
                      {line.description && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          <bdi>{line.description}</bdi>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <bdi>{line.unitName ?? ''}</bdi>
                    </Table.Td>
                    <Table.Td className={classes.num}>{formatDecimal(locale, line.quantity)}</Table.Td>
                    <Table.Td className={classes.num}>
                      {money(line.pricePerUnit)}
                      {line.priceOverridden && (
                        <div>
                          <Tooltip
                            label={t('sales_form.lines.overridden_hint', { price: money(line.listedPrice) })}
                            disabled={line.listedPrice === null}
                          >
                            <Badge size="xs" variant="light" color="orange" tt="none">
                              {t('sales_form.lines.overridden')}
                            </Badge>
                          </Tooltip>
                          {line.listedPrice !== null && (
                            <Text size="xs" c="dimmed" td="line-through">
                              {money(line.listedPrice)}
                            </Text>
                          )}
                        </div>
                      )}
                    </Table.Td>
                    <Table.Td className={classes.num}>
                      {isZero(line.volumeDiscount) ? '' : money(line.volumeDiscount)}
                    </Table.Td>
                    <Table.Td className={classes.num}>
                      {isZero(line.manualDiscount) ? '' : money(line.manualDiscount)}
                    </Table.Td>
                    <Table.Td className={classes.num}>
                      {money(line.tax)}
                      {line.taxPercent !== null && (
                        <Text size="xs" c="dimmed">
                          {formatPercent(locale, line.taxPercent)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td className={classes.num}>
                      <Text size="sm" fw={600}>
                        {money(line.extendedAmount)}
                      </Text>
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap={2} wrap="nowrap" justify="flex-end">
                          <Tooltip label={t('sales_form.lines.edit')}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('sales_form.lines.edit_named', {
                                n: line.lineNumber,
                                name: line.productName,
                              })}
                              onClick={() => setEditing(line)}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t('sales_form.lines.remove')}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('sales_form.lines.remove_named', {
                                n: line.lineNumber,
                                name: line.productName,
                              })}
                              onClick={() => confirmRemove(line)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Paper>
      )}
      <Paper
        withBorder
        radius="md"
        p="md"
        className={classes.totals}
        component="section"
        aria-label={t('sales_form.lines.totals')}
      >
        <dl className={classes.totalsGrid}>
          <dt>{t('field.document.detail_amount')}</dt>
          <dd>{money(totals.detailAmount)}</dd>
          {!isZero(totals.discountPercent) && (
            <>
              <dt>{t('field.document.discount_percent')}</dt>
              <dd>{formatPercent(locale, totals.discountPercent)}</dd>
            </>
          )}
          <dt>{t('field.document.total_discount')}</dt>
          <dd>{money(totals.totalDiscount)}</dd>
          <dt>{t('field.document.pre_freight_amount')}</dt>
          <dd>{money(totals.preFreightAmount)}</dd>
          <dt>{t('field.document.freight_amount')}</dt>
          <dd>{money(totals.freightAmount)}</dd>
          <dt>{t('field.document.total_tax')}</dt>
          <dd>{money(totals.totalTax)}</dd>
          <dt className={classes.grandTotal}>{t('field.document.total_amount')}</dt>
          <dd className={classes.grandTotal}>{money(totals.totalAmount)}</dd>
          {baseCurrency && currency && baseCurrency !== currency && (
            <>
              <dt>{t('field.document.total_amount_base')}</dt>
              <dd>{formatAmount(locale, totals.totalAmountBase, baseCurrency)}</dd>
            </>
          )}
        </dl>
      </Paper>
      {editing && (
        <LineDialog
          document={document}
          currency={currency}
          line={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setEditing(null);
            changed(next);
          }}
        />
      )}
    </Stack>
  );
}
