import type { ReportOwner } from '../../../src-shared/api';
import { ONE, parseRate, rateFromUnits, type Rate } from '../../../src-shared/rules/sales-reports';
import type { SqlDb } from '../../db';
import { readSalesSettings } from '../sales/sales-settings';

/**
 * What every sales report reads besides its records: the base currency and
 * exchange rates of the sales settings, the configured stages, and the
 * names of owners (users and teams).
 */
export interface ReportContext {
  readonly baseCurrency: string;
  /** The configured stages, in order. */
  readonly stages: readonly string[];
  /**
   * The settings' rate of a currency (units per one base unit); 1 for the
   * base currency and for a record without a currency (documents take the
   * base currency when none is given); null when no rate is set.
   */
  rateOf(currency: string | null): Rate | null;
}

export function reportContext(db: SqlDb): ReportContext {
  const settings = readSalesSettings(db);
  const rates = new Map<string, Rate | null>();
  return {
    baseCurrency: settings.baseCurrency,
    stages: settings.stages.map((s) => s.stage),
    rateOf(currency) {
      if (currency === null || currency === '' || currency === settings.baseCurrency) return ONE;
      let rate = rates.get(currency);
      if (rate === undefined) {
        const text = settings.exchangeRates[currency];
        rate = text === undefined ? null : parseRate(text);
        rates.set(currency, rate);
      }
      return rate;
    },
  };
}

/** The currency a record's amounts are in: its own, else the base currency. */
export function currencyOf(ctx: ReportContext, currency: string | null): string {
  return currency || ctx.baseCurrency;
}

/** Users and teams by id (deactivated users and deleted teams keep their names). */
export function ownersById(db: SqlDb, ids: Iterable<string | null>): Map<string, ReportOwner> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))];
  const owners = new Map<string, ReportOwner>();
  if (wanted.length === 0) return owners;
  const rows = db
    .stmt('SELECT id, name, kind FROM principal WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(wanted)) as { id: string; name: string; kind: 'user' | 'team' }[];
  for (const row of rows) owners.set(row.id, { id: row.id, name: row.name, kind: row.kind });
  return owners;
}

/** A SUM or integer column read as text (exact beyond 2^53), as bigint; NULL is 0. */
export function units(text: string | number | bigint | null | undefined): bigint {
  if (text === null || text === undefined || text === '') return 0n;
  return BigInt(text);
}

/**
 * The rate to convert a record's amounts with: the one the record recorded
 * (documents keep the exchange rate they were priced at, so a later change
 * of the settings' rate does not rewrite past revenue), else the settings'.
 */
export function rateFor(ctx: ReportContext, currency: string | null, recorded: string | null): Rate | null {
  const own = recorded === null ? null : rateFromUnits(units(recorded));
  return own ?? ctx.rateOf(currency);
}
