import type { RecordValues } from '../../src-shared/api';
import { openBackend, tempDataDir, type TestBackend } from './helpers';

/**
 * Sales data for the report tests, made through the public commands (the
 * write path): a base currency of USD with EUR at 0.8 per dollar, users,
 * accounts and opportunities, closed with Close as won / lost.
 */

export interface Clock {
  now: number;
  set(iso: string): void;
}

export function clock(start = '2026-03-15T10:00:00.000Z'): Clock {
  const c = {
    now: Date.parse(start),
    set(iso: string) {
      c.now = Date.parse(iso);
    },
  };
  return c;
}

export async function salesBackend(
  options: { clock?: Clock; rates?: Record<string, string> } = {},
): Promise<TestBackend> {
  const c = options.clock;
  const backend = openBackend(tempDataDir(), c ? { now: () => c.now } : {});
  await backend.ok('sales.updateSettings', { baseCurrency: 'USD', exchangeRates: options.rates ?? { EUR: '0.8' } });
  return backend;
}

export async function user(backend: TestBackend, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`;
  return (await backend.ok('users.create', { name, email, role: 'user' })).id;
}

export async function account(backend: TestBackend, name: string): Promise<string> {
  return (await backend.ok('records.create', { entity: 'account', values: { name } })).id;
}

export async function opportunity(backend: TestBackend, accountId: string, values: RecordValues): Promise<string> {
  const record = await backend.ok('records.create', {
    entity: 'opportunity',
    values: { customer: `account:${accountId}`, ...values },
  });
  return record.id;
}

export async function win(backend: TestBackend, id: string, date: string, actualRevenue?: string): Promise<void> {
  await backend.ok('opportunities.close', {
    outcome: 'won',
    id,
    actualCloseDate: date,
    closeQuotes: false,
    ...(actualRevenue === undefined ? {} : { actualRevenue }),
  });
}

export async function lose(backend: TestBackend, id: string, date: string, competitorId?: string): Promise<void> {
  await backend.ok('opportunities.close', {
    outcome: 'lost',
    id,
    reason: 'out_sold',
    actualCloseDate: date,
    closeQuotes: false,
    ...(competitorId ? { competitorId } : {}),
  });
}
