import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly contacts: number;
  readonly accounts: number;
  /** Rows per bulk-insert transaction. */
  readonly batch: number;
  /** Timed samples per figure. */
  readonly samples: number;
  readonly out: string | null;
  /** Keep the temp data folder (its path is printed). */
  readonly keep: boolean;
}

const USAGE =
  'Usage: bench [--contacts N] [--accounts N] [--batch N] [--samples N] [--out FILE] [--keep]\n' +
  'Defaults: 1,000,000 contacts, 100,000 accounts, batches of 25,000, 200 samples.';

function count(name: string, text: string | undefined, fallback: number, min: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(`--${name} must be a whole number of at least ${min}.\n${USAGE}`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      contacts: { type: 'string' },
      accounts: { type: 'string' },
      batch: { type: 'string' },
      samples: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    contacts: count('contacts', values.contacts, 1_000_000, 1),
    accounts: count('accounts', values.accounts, 100_000, 1),
    batch: count('batch', values.batch, 25_000, 1),
    samples: count('samples', values.samples, 200, 20),
    out: values.out ?? null,
    keep: values.keep ?? false,
  };
}
