import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconListDetails, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, SalesSettings as Settings } from '../../src-shared/api';
import { CURRENCIES } from '../../src-shared/entities/sales';
import type { Customizations } from '../../src-shared/customization';
import { useApi } from '../api';
import { useAppInfo } from '../app/AppInfoContext';
import { ChoiceListDialog } from '../customization/ChoiceListDialog';
import { SettingsSection, WhenLoaded } from '../pages/SettingsSection';
import { apiErrorOf, notifyError, notifySuccess, translateIssue } from '../app/errors';

interface Draft {
  readonly baseCurrency: string;
  readonly rates: readonly { readonly currency: string; readonly rate: string }[];
  readonly stages: readonly { readonly stage: string; readonly probability: number }[];
  readonly defaultTaxPercent: string;
}

function toDraft(settings: Settings): Draft {
  return {
    baseCurrency: settings.baseCurrency,
    rates: Object.entries(settings.exchangeRates).map(([currency, rate]) => ({ currency, rate })),
    stages: settings.stages,
    defaultTaxPercent: settings.defaultTaxPercent,
  };
}

/** Where an issue of `sales.updateSettings` belongs: `baseCurrency`, `rate:<code>`, `stages` or `defaultTaxPercent`. */
function issueKey(issue: FieldIssue): string {
  const [first, second] = issue.path;
  return first === 'exchangeRates' ? `rate:${String(second)}` : String(first ?? '');
}

/**
 * Settings › Sales: the base currency reports and totals are kept in, the
 * exchange rate of every other currency a document may use, the probability
 * each sales stage gives an opportunity, and the tax new lines start with.
 */
export function SalesSettings() {
  const api = useApi();
  const { t } = useTranslation();
  const [saved, setSaved] = useState<Draft | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  // The stored choice lists, once "Edit stages" was pressed: the stage editor starts from them.
  const [editingStages, setEditingStages] = useState<Customizations | null>(null);
  const isAdministrator = useAppInfo().info.currentUser?.role === 'administrator';

  useEffect(() => {
    let live = true;
    api.call('sales.settings', {}).then(
      (settings) => {
        if (!live) return;
        setSaved(toDraft(settings));
        setDraft(toDraft(settings));
      },
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const dirty = saved !== null && draft !== null && JSON.stringify(saved) !== JSON.stringify(draft);
  // English names carry the code already ("USD — US dollar"); Russian and Persian names do not.
  const currencyLabel = (code: string) => {
    const name = t(`choice.currency.${code}`);
    return name.includes(code) ? name : `${code} · ${name}`;
  };
  const used = new Set(draft ? [draft.baseCurrency, ...draft.rates.map((r) => r.currency)] : []);
  const addable = CURRENCIES.filter((c) => !used.has(c));

  function update(next: Partial<Draft>) {
    setDraft((current) => (current ? { ...current, ...next } : current));
  }

  async function save() {
    if (!draft) return;
    setSaving(true);
    try {
      const next = await api.call('sales.updateSettings', {
        baseCurrency: draft.baseCurrency,
        exchangeRates: Object.fromEntries(draft.rates.map((r) => [r.currency, r.rate.trim()])),
        stages: draft.stages.map((s) => ({ stage: s.stage, probability: s.probability })),
        defaultTaxPercent: draft.defaultTaxPercent.trim(),
      });
      setSaved(toDraft(next));
      setDraft(toDraft(next));
      setErrors({});
      notifySuccess(t('sales_settings.saved'));
    } catch (error) {
      const issues = apiErrorOf(error)?.issues ?? [];
      const byKey: Record<string, string> = {};
      for (const issue of issues) byKey[issueKey(issue)] ??= translateIssue(t, issue);
      setErrors(byKey);
      if (issues.length === 0) notifyError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <SettingsSection
      id="sales-settings"
      title={t('sales_settings.title')}
      description={t('sales_settings.description')}
    >
      <WhenLoaded error={loadError} errorTitle={t('sales_settings.load_failed')} loaded={draft !== null}>
        {() =>
          draft && (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Select
                  label={t('sales_settings.base_currency')}
                  description={t('sales_settings.base_currency_hint')}
                  data={CURRENCIES.map((c) => ({ value: c, label: currencyLabel(c) }))}
                  value={draft.baseCurrency}
                  onChange={(value) =>
                    value && update({ baseCurrency: value, rates: draft.rates.filter((r) => r.currency !== value) })
                  }
                  allowDeselect={false}
                  searchable
                  error={errors['baseCurrency']}
                />
                <TextInput
                  label={t('sales_settings.default_tax')}
                  description={t('sales_settings.default_tax_hint')}
                  value={draft.defaultTaxPercent}
                  dir="ltr"
                  inputMode="decimal"
                  rightSection="%"
                  error={errors['defaultTaxPercent']}
                  onChange={(event) => update({ defaultTaxPercent: event.currentTarget.value })}
                />
              </SimpleGrid>

              <div>
                <Text fw={600} size="sm">
                  {t('sales_settings.rates')}
                </Text>
                <Text size="xs" c="dimmed" mb="xs">
                  {t('sales_settings.rates_hint', { base: draft.baseCurrency })}
                </Text>
                {draft.rates.length > 0 && (
                  <Table aria-label={t('sales_settings.rates')} maw={560} mb="xs">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('sales_settings.currency')}</Table.Th>
                        <Table.Th>{t('sales_settings.rate', { base: draft.baseCurrency })}</Table.Th>
                        <Table.Th />
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {draft.rates.map((row, index) => (
                        <Table.Tr key={row.currency}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{currencyLabel(row.currency)}</Table.Td>
                          <Table.Td>
                            <TextInput
                              aria-label={t('sales_settings.rate_of', { currency: row.currency })}
                              value={row.rate}
                              dir="ltr"
                              inputMode="decimal"
                              error={errors[`rate:${row.currency}`]}
                              onChange={(event) => {
                                const rate = event.currentTarget.value;
                                update({ rates: draft.rates.map((r, i) => (i === index ? { ...r, rate } : r)) });
                              }}
                            />
                          </Table.Td>
                          <Table.Td>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('sales_settings.remove_rate', { currency: row.currency })}
                              onClick={() => update({ rates: draft.rates.filter((_, i) => i !== index) })}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                <Select
                  aria-label={t('sales_settings.add_currency')}
                  placeholder={t('sales_settings.add_currency')}
                  data={addable.map((c) => ({ value: c, label: currencyLabel(c) }))}
                  value={null}
                  onChange={(value) => value && update({ rates: [...draft.rates, { currency: value, rate: '' }] })}
                  leftSection={<IconPlus size={14} />}
                  searchable
                  maw={320}
                />
              </div>

              <div>
                <Group justify="space-between" align="flex-start" wrap="nowrap" maw={720}>
                  <div>
                    <Text fw={600} size="sm">
                      {t('sales_settings.stages')}
                    </Text>
                    <Text size="xs" c="dimmed" mb="xs">
                      {t('sales_settings.stages_hint')}
                    </Text>
                  </div>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconListDetails size={14} />}
                    disabled={!isAdministrator}
                    title={isAdministrator ? undefined : t('customization.admin_only')}
                    onClick={() => api.call('customization.get', {}).then(setEditingStages, notifyError)}
                  >
                    {t('choice_lists.edit_stages')}
                  </Button>
                </Group>
                <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" maw={720}>
                  {draft.stages.map((stage, index) => (
                    <NumberInput
                      key={stage.stage}
                      label={t(`choice.sales_stage.${stage.stage}`)}
                      value={stage.probability}
                      min={0}
                      max={100}
                      allowDecimal={false}
                      suffix="%"
                      onChange={(value) =>
                        update({
                          stages: draft.stages.map((s, i) =>
                            i === index ? { ...s, probability: typeof value === 'number' ? value : 0 } : s,
                          ),
                        })
                      }
                    />
                  ))}
                </SimpleGrid>
                {errors['stages'] && (
                  <Text size="sm" c="red" mt="xs">
                    {errors['stages']}
                  </Text>
                )}
              </div>

              <Group justify="flex-end">
                <Button variant="default" disabled={!dirty || saving} onClick={() => saved && setDraft(saved)}>
                  {t('sales_settings.discard')}
                </Button>
                <Button loading={saving} disabled={!dirty} onClick={() => void save()}>
                  {t('sales_settings.save')}
                </Button>
              </Group>
            </Stack>
          )
        }
      </WhenLoaded>
      {editingStages && (
        <ChoiceListDialog
          choiceSet="sales_stage"
          stored={editingStages.choiceLists}
          onClose={() => setEditingStages(null)}
          // The windows re-read their metadata on the change and this section loads its stages again.
          onSaved={() => setEditingStages(null)}
        />
      )}
    </SettingsSection>
  );
}
