import { mkdirSync } from 'node:fs';
import { resolveDataDir } from '../../paths';
import type { HostBackend } from '../host-backend';
import { parseWebArgs } from './cli-args';
import { startWebServer } from './server';

export interface WebHostOptions {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly rendererDir: string;
  readonly appVersion: string;
  readonly createBackend: (options: { dataDir: string; appVersion: string; dailyBackup: boolean }) => HostBackend;
}

export interface RunningWebHost {
  readonly url: string;
  readonly dataDir: string;
  /** Stops serving, then closes the backend (and with it the database). */
  stop(): Promise<void>;
}

/** A start-up problem the user can fix; its message is one line meant for them. */
export class WebHostStartError extends Error {
  override readonly name = 'WebHostStartError';
}

export async function runWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  let port: number | undefined;
  let dataDir: string;
  let dailyBackup: boolean;
  try {
    const args = parseWebArgs(options.argv);
    port = args.port;
    dailyBackup = args.dailyBackup;
    dataDir = resolveDataDir({
      argv: args.dataDir === undefined ? [] : ['--data-dir', args.dataDir],
      env: options.env,
      platform: options.platform,
      home: options.home,
    });
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new WebHostStartError(`Cannot start: ${(error as Error).message}`, { cause: error });
  }

  const backend = options.createBackend({ dataDir, appVersion: options.appVersion, dailyBackup });
  try {
    const server = await startWebServer({ backend, rendererDir: options.rendererDir, port });
    return {
      url: server.url,
      dataDir,
      stop: async () => {
        try {
          await server.close();
        } finally {
          backend.close();
        }
      },
    };
  } catch (error) {
    backend.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new WebHostStartError(
        `Cannot start: port ${port} on 127.0.0.1 is already in use; pick another with --port N, or leave --port out to use a free one.`,
        { cause: error },
      );
    }
    throw new WebHostStartError(`Cannot start the browser host: ${(error as Error).message}`, { cause: error });
  }
}
