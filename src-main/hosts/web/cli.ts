import { homedir } from 'node:os';
import { join } from 'node:path';
import { version } from '../../../package.json';
import { createBackend } from '../../backend';
import { runWebHost, WebHostStartError } from './run-web-host';

/**
 * `node out/main/web.js [--data-dir DIR] [--port N]`: the browser host. Its
 * only line on stdout is `CRM ready at <url>`, which scripts and the
 * end-to-end tests wait for; a start-up problem is one line on stderr.
 */
async function main(): Promise<void> {
  const host = await runWebHost({
    argv: process.argv.slice(2),
    env: process.env,
    platform: process.platform,
    home: homedir(),
    // Built as out/main/web.js, next to out/renderer.
    rendererDir: join(import.meta.dirname, '../renderer'),
    appVersion: version,
    createBackend,
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Stopped with an error: ${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`CRM ready at ${host.url}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof WebHostStartError ? error.message : `Cannot start: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
