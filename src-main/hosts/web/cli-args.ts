import { parseArgs } from 'node:util';

export interface WebArgs {
  /** Undefined: the default data folder (see src-main/paths). */
  readonly dataDir: string | undefined;
  /** Undefined: a free port chosen by the OS. */
  readonly port: number | undefined;
  /** `--no-daily-backup`: for throwaway data folders such as benchmarks. */
  readonly dailyBackup: boolean;
}

export const WEB_USAGE = 'Usage: npm run web -- [--data-dir DIR] [--port N] [--no-daily-backup]';

/** Parses the browser host's arguments; throws an Error with a one-line explanation for anything else. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'no-daily-backup': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}. ${WEB_USAGE}`, { cause: error });
  }
  const { 'data-dir': dataDir, port, 'no-daily-backup': noDailyBackup } = parsed.values;
  if (dataDir !== undefined && dataDir.trim() === '') throw new Error(`--data-dir needs a folder. ${WEB_USAGE}`);
  return { dataDir, port: port === undefined ? undefined : parsePort(port), dailyBackup: noDailyBackup !== true };
}

function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be a whole number from 1 to 65535, not "${text}". ${WEB_USAGE}`);
  }
  return port;
}
