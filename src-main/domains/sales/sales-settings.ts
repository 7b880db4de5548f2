import { AppError, validationError, type FieldIssue, type SalesSettings } from '../../../src-shared/api';
import { englishMessage, issueAt } from '../../../src-shared/query/issues';
import { minorUnits, parseDecimal } from '../../../src-shared/rules/pricing';
import { getEntity, offeredChoices } from '../../../src-shared/entities';
import {
  DEFAULT_SALES_STAGE_SETTINGS,
  stageSettingsFor,
  validateSalesStageSettings,
} from '../../../src-shared/rules/sales';
import type { SqlDb } from '../../db';

/**
 * The sales settings of this data file (company details printed on documents,
 * the base currency and exchange rates, stage probabilities, the default tax),
 * one JSON value in `settings` under `sales`. Which stages there are, and
 * their order, is the sales-stage choice list (Settings › Customization);
 * this keeps the probability of each.
 */

/** The stages of the sales process, in order: the sales-stage choice list's offered values. */
export function configuredStages(): readonly string[] {
  const field = getEntity('opportunity').fields.find((f) => f.name === 'sales_stage');
  return field && field.type === 'choice' ? offeredChoices(field) : [];
}

const KEY = 'sales';

export const DEFAULT_SALES_SETTINGS: SalesSettings = {
  company: { name: '', address: '', taxId: '', phone: '', email: '', bankDetails: '', terms: '', logo: '' },
  baseCurrency: 'USD',
  exchangeRates: {},
  stages: DEFAULT_SALES_STAGE_SETTINGS.map((s) => ({ ...s })),
  defaultTaxPercent: '0',
};

export function readSalesSettings(db: SqlDb): SalesSettings {
  const row = db.stmt('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  let stored: Partial<SalesSettings> = {};
  try {
    if (row) stored = JSON.parse(row.value) as Partial<SalesSettings>;
  } catch {
    // An unreadable value (written by hand) reads as the defaults; the next save replaces it.
  }
  return {
    company: { ...DEFAULT_SALES_SETTINGS.company, ...(stored.company ?? {}) },
    baseCurrency: stored.baseCurrency ?? DEFAULT_SALES_SETTINGS.baseCurrency,
    exchangeRates: stored.exchangeRates ?? {},
    stages: stageSettingsFor(configuredStages(), stored.stages ?? DEFAULT_SALES_SETTINGS.stages),
    defaultTaxPercent: stored.defaultTaxPercent ?? DEFAULT_SALES_SETTINGS.defaultTaxPercent,
  };
}

export interface SalesSettingsPatch {
  readonly company?: Partial<SalesSettings['company']> | undefined;
  readonly baseCurrency?: string | undefined;
  readonly exchangeRates?: Readonly<Record<string, string>> | undefined;
  readonly stages?: readonly { stage: string; probability: number }[] | undefined;
  readonly defaultTaxPercent?: string | undefined;
}

const issue = issueAt;

export function updateSalesSettings(db: SqlDb, patch: SalesSettingsPatch): SalesSettings {
  const current = readSalesSettings(db);
  const issues: FieldIssue[] = [];
  const baseCurrency = patch.baseCurrency ?? current.baseCurrency;
  if (minorUnits(baseCurrency) === undefined)
    issues.push(issue(['baseCurrency'], 'sales.settings.unknown_currency', { currency: baseCurrency }));
  const exchangeRates: Record<string, string> = { ...(patch.exchangeRates ?? current.exchangeRates) };
  for (const [currency, rate] of Object.entries(exchangeRates)) {
    if (minorUnits(currency) === undefined)
      issues.push(issue(['exchangeRates', currency], 'sales.settings.unknown_currency', { currency }));
    const value = parseDecimal(rate);
    if (!value || value.lte(0) || value.decimalPlaces() > 4)
      issues.push(issue(['exchangeRates', currency], 'sales.settings.rate_invalid', { currency }));
    else exchangeRates[currency] = value.toFixed();
  }
  let stages = current.stages;
  if (patch.stages) {
    const checked = validateSalesStageSettings(patch.stages);
    if (!checked.ok)
      issues.push(issue(['stages'], checked.issue.messageKey, checked.issue.params as Record<string, string>));
    else {
      const unknown = checked.changes.find((s) => !configuredStages().includes(s.stage));
      if (unknown) issues.push(issue(['stages'], 'sales.settings.unknown_stage', { stage: unknown.stage }));
      // Stages the patch leaves out keep their probability; the order is the choice list's.
      else stages = stageSettingsFor(configuredStages(), [...checked.changes, ...current.stages]);
    }
  }
  const tax = patch.defaultTaxPercent ?? current.defaultTaxPercent;
  const taxValue = parseDecimal(tax);
  if (!taxValue || taxValue.lt(0) || taxValue.gt(100))
    issues.push(issue(['defaultTaxPercent'], 'sales.document.percent_range'));
  if (issues.length > 0) throw validationError(issues);
  const next: SalesSettings = {
    company: { ...current.company, ...(patch.company ?? {}) },
    baseCurrency,
    exchangeRates,
    stages,
    defaultTaxPercent: taxValue ? taxValue.toFixed() : '0',
  };
  const json = JSON.stringify(next);
  db.stmt('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    KEY,
    json,
  );
  return next;
}

/**
 * Units of `currency` per one unit of the base currency: 1 for the base
 * currency itself; a currency without a rate cannot be used on a document.
 */
export function exchangeRateFor(settings: SalesSettings, currency: string): string {
  if (currency === settings.baseCurrency) return '1';
  const rate = settings.exchangeRates[currency];
  if (!rate)
    throw new AppError(
      'VALIDATION',
      'sales.settings.no_rate',
      englishMessage('sales.settings.no_rate', { currency, base: settings.baseCurrency }),
      { params: { currency, base: settings.baseCurrency } },
    );
  return rate;
}

/** The default probability of a stage under the configured sales process. */
export function stageProbability(settings: SalesSettings, stage: string): number | undefined {
  return settings.stages.find((s) => s.stage === stage)?.probability;
}
