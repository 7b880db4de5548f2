import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run bench -- [--contacts N] [--accounts N] [--batch N] [--samples N] [--out FILE] [--keep]`
 *
 * Bundles tests/bench/run.ts the way the app itself is built (plain esbuild,
 * without the function-name wrappers tsx adds for stack traces, which would
 * slow the measured code but not the raw baseline), then runs it with
 * --expose-gc so phases start from a collected heap. Arguments pass through.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(ROOT, 'out/bench/run.mjs');

await build({
  entryPoints: [join(ROOT, 'tests/bench/run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
