import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The built browser host (`node out/main/web.js --data-dir DIR`) as a child
 * process, the way a user starts it. `npm run bench` runs from the project
 * folder (scripts/bench.mjs sets the working directory), so the build is
 * found from there.
 */

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface WebHostProcess {
  /** Where the app is served, e.g. `http://127.0.0.1:PORT`. */
  readonly origin: string;
  /** The per-launch token from the printed `#token=...`. */
  readonly token: string;
  /** Stops the host (SIGTERM, then SIGKILL if it does not exit in time). */
  stop(): Promise<void>;
}

/** Splits the printed `CRM ready at http://127.0.0.1:PORT/#token=T` address. */
export function parseReadyLine(output: string): { origin: string; token: string } | null {
  const match = /CRM ready at (\S+)/.exec(output);
  if (!match?.[1]) return null;
  const url = new URL(match[1]);
  const token = /(?:^#|[?&])token=([^&]+)/.exec(url.hash)?.[1];
  return token ? { origin: url.origin, token: decodeURIComponent(token) } : null;
}

export async function startWebHostProcess(dataDir: string): Promise<WebHostProcess> {
  const script = resolve('out/main/web.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first.`);
  const child = spawn(process.execPath, [script, '--data-dir', dataDir, '--no-daily-backup'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    const ready = await new Promise<{ origin: string; token: string }>((resolveReady, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The browser host did not start within ${START_TIMEOUT_MS} ms: ${stdout}${stderr}`)),
        START_TIMEOUT_MS,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const parsed = parseReadyLine(stdout);
        if (parsed) {
          clearTimeout(timer);
          resolveReady(parsed);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The browser host exited with ${code}: ${stderr.trim()}`));
      });
    });
    return { ...ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
