import { useEffect, useEffectEvent, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentLine, DocumentLines } from '../../src-shared/api';
import { getEntity, getField, type LookupField } from '../../src-shared/entities';
import { useApi } from '../api';
import { translateIssue, apiErrorOf } from '../app/errors';
import { useLocale } from '../i18n/useLocale';
import { normalizeDigits } from '../records/fields/digits';
import { LookupFieldInput } from '../records/fields/LookupFieldInput';
import { failureText } from './feedback';
import { draftFieldOf, draftOfLine, lineInputOf, type LineDraft, type LineDraftField } from './line-draft';
import { formatAmount } from './money';

interface LineDialogProps {
  /** `"<entity>:<id>"` of the document. */
  readonly document: string;
  readonly currency: string | null;
  /** The line being edited, or null for a new one. */
  readonly line: DocumentLine | null;
  onSaved(lines: DocumentLines): void;
  onClose(): void;
}

const PRODUCT_FIELD = { ...(getField(getEntity('sales_line'), 'product_id') as LookupField), required: true };

interface UnitOption {
  readonly value: string;
  readonly label: string;
}

/**
 * Adds or edits one product line: a catalog product in one of its units
 * (priced from the document's price list, the price per unit optionally
 * typed over it) or a write-in product with its own price; quantity,
 * manual discount, tax and a description.
 */
export function LineDialog({ document, currency, line, onSaved, onClose }: LineDialogProps) {
  const api = useApi();
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState<LineDraft>(() => draftOfLine(line));
  const [errors, setErrors] = useState<Partial<Record<LineDraftField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const units = useProductUnits(draft.productId, (defaultUnit) =>
    setDraft((d) => (d.unitId ? d : { ...d, unitId: defaultUnit })),
  );

  function set<K extends keyof LineDraft>(name: K, value: LineDraft[K]) {
    setDraft((d) => ({ ...d, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  }

  async function submit() {
    const result = lineInputOf(draft);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, t(v)])));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await api.call('lines.save', { document, line: result.line }));
    } catch (error) {
      const placed: Partial<Record<LineDraftField, string>> = {};
      const rest: string[] = [];
      for (const issue of apiErrorOf(error)?.issues ?? []) {
        const field = draftFieldOf(issue);
        if (field && !placed[field]) placed[field] = translateIssue(t, issue);
        else rest.push(translateIssue(t, issue));
      }
      setErrors(placed);
      if (rest.length > 0 || Object.keys(placed).length === 0) setFailure(rest.join(' ') || failureText(t, error));
    } finally {
      setBusy(false);
    }
  }

  const amount = (field: LineDraftField, label: string, extra: { description?: string; required?: boolean } = {}) => (
    <TextInput
      label={label}
      description={extra.description}
      withAsterisk={extra.required === true}
      value={draft[field] ?? ''}
      onChange={(e) => set(field, normalizeDigits(e.currentTarget.value))}
      error={errors[field]}
      inputMode="decimal"
      dir="ltr"
      autoComplete="off"
      styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
    />
  );

  const listed =
    line?.kind === 'catalog' && line.listedPrice !== null ? formatAmount(locale, line.listedPrice, currency) : null;
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={line ? t('sales_form.lines.title_edit', { n: line.lineNumber }) : t('sales_form.lines.title_new')}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <SegmentedControl
            aria-label={t('sales_form.lines.source')}
            value={draft.kind}
            onChange={(kind) => set('kind', kind as LineDraft['kind'])}
            data={[
              { value: 'catalog', label: t('sales_form.lines.from_catalog') },
              { value: 'write_in', label: t('sales_form.lines.write_in_product') },
            ]}
          />
          {draft.kind === 'catalog' ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <LookupFieldInput
                field={PRODUCT_FIELD}
                value={draft.productId}
                label={t('field.sales_line.product_id')}
                lookupName={draft.productName || undefined}
                error={errors.productId}
                onChange={(id, name) => {
                  setDraft((d) => ({
                    ...d,
                    productId: typeof id === 'string' ? id : null,
                    productName: name ?? '',
                    unitId: null,
                  }));
                  setErrors((e) => ({ ...e, productId: undefined, unitId: undefined }));
                }}
                onLookupName={(name) => setDraft((d) => ({ ...d, productName: name }))}
                onBlur={() => undefined}
              />
              <Select
                label={t('field.sales_line.unit_id')}
                placeholder={t('sales_form.lines.choose_unit')}
                data={units}
                value={draft.unitId}
                onChange={(value) => set('unitId', value)}
                error={errors.unitId}
                disabled={!draft.productId}
                withAsterisk
              />
              {amount('quantity', t('field.sales_line.quantity'), { required: true })}
              {amount('priceOverride', t('sales_form.lines.price_override'), {
                description: listed
                  ? `${t('sales_form.lines.price_override_hint')} ${t('sales_form.lines.listed', { price: listed })}`
                  : t('sales_form.lines.price_override_hint'),
              })}
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('field.sales_line.product_name')}
                value={draft.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={errors.name}
                maxLength={300}
                withAsterisk
                dir="auto"
              />
              {amount('pricePerUnit', t('field.sales_line.price_per_unit'), { required: true })}
              {amount('quantity', t('field.sales_line.quantity'), { required: true })}
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {amount('manualDiscount', t('field.sales_line.manual_discount'))}
            {amount('taxPercent', t('field.sales_line.tax_percent'))}
          </SimpleGrid>
          <Textarea
            label={t('field.sales_line.description')}
            value={draft.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errors.description}
            maxLength={2000}
            autosize
            minRows={2}
            dir="auto"
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('sales_form.lines.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The units of the product's unit group; tells `onDefault` the product's default unit. */
function useProductUnits(productId: string | null, onDefault: (unitId: string) => void): UnitOption[] {
  const api = useApi();
  const [units, setUnits] = useState<{ product: string; options: UnitOption[] } | null>(null);
  const applyDefault = useEffectEvent(onDefault);
  useEffect(() => {
    if (!productId) return;
    let live = true;
    void (async () => {
      try {
        const product = await api.call('records.get', { entity: 'product', id: productId });
        const group = product.values['unit_group_id'];
        const page =
          typeof group === 'string'
            ? await api.call('records.list', {
                entity: 'unit',
                filters: [{ field: 'unit_group_id', op: 'eq', value: group }],
                sort: { field: 'quantity', dir: 'asc' },
                columns: ['quantity'],
                limit: 500,
              })
            : { rows: [] };
        if (!live) return;
        setUnits({ product: productId, options: page.rows.map((r) => ({ value: r.id, label: r.display_name })) });
        const unit = product.values['default_unit_id'];
        if (typeof unit === 'string') applyDefault(unit);
      } catch {
        if (live) setUnits({ product: productId, options: [] });
      }
    })();
    return () => {
      live = false;
    };
  }, [api, productId]);
  return units && units.product === productId ? units.options : [];
}
