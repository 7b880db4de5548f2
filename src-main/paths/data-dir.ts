import { posix, win32 } from 'node:path';

/** Electron derives `userData` from this name (package.json `productName`). */
export const PRODUCT_NAME = 'Offline CRM';
export const DATA_DIR_FLAG = '--data-dir';
export const DATA_DIR_ENV = 'CRM_DATA_DIR';

export interface DataDirSources {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  /** Base for a relative `--data-dir`/`CRM_DATA_DIR`; defaults to the process's working directory. */
  readonly cwd?: string;
}

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? win32 : posix;
}

/**
 * The value of `--data-dir DIR` or `--data-dir=DIR`. Throws when the flag is
 * present without a value, because silently falling back to the default
 * folder would open the wrong database.
 */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === DATA_DIR_FLAG) {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) {
        throw new Error(`${DATA_DIR_FLAG} needs a folder, e.g. ${DATA_DIR_FLAG} ./my-crm-data`);
      }
      found = value;
      i += 1;
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1);
      if (value === '') throw new Error(`${DATA_DIR_FLAG} needs a folder, e.g. ${DATA_DIR_FLAG}=./my-crm-data`);
      found = value;
    }
  }
  return found;
}

/** The folder chosen explicitly (`--data-dir` wins over `CRM_DATA_DIR`), made absolute; undefined when none was. */
export function dataDirOverride(sources: Omit<DataDirSources, 'home'>): string | undefined {
  const chosen = dataDirFlag(sources.argv) ?? nonEmpty(sources.env[DATA_DIR_ENV]);
  if (chosen === undefined) return undefined;
  const path = pathApi(sources.platform);
  return path.resolve(sources.cwd ?? process.cwd(), chosen);
}

/**
 * The per-user folder Electron's `app.getPath('userData')` returns for this
 * app: `appData` joined with the product name, where `appData` is %APPDATA%
 * on Windows, ~/Library/Application Support on macOS and $XDG_CONFIG_HOME or
 * ~/.config elsewhere. The browser host uses it too, so both hosts open the
 * same database by default.
 */
export function defaultDataDir(sources: Pick<DataDirSources, 'env' | 'platform' | 'home'>): string {
  const { env, platform, home } = sources;
  const path = pathApi(platform);
  if (platform === 'win32') {
    const appData = nonEmpty(env['APPDATA']) ?? path.join(home, 'AppData', 'Roaming');
    return path.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  // Chromium takes $XDG_CONFIG_HOME as it is whenever it is set and not empty.
  return path.join(nonEmpty(env['XDG_CONFIG_HOME']) ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** `--data-dir DIR` > `CRM_DATA_DIR` > the OS per-user app-data folder. */
export function resolveDataDir(sources: DataDirSources): string {
  return dataDirOverride(sources) ?? defaultDataDir(sources);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
