import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, ROOT } from './ensure-build.mjs';

/**
 * `npm run dist -- [electron-builder flags]`: builds installers. electron-builder
 * rebuilds better-sqlite3 for Electron's ABI inside node_modules before
 * packaging it; the Node build that tests and the browser host load is put
 * back afterwards, even when packaging fails.
 */

const NATIVE = join(ROOT, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

build();
const backupDir = mkdtempSync(join(tmpdir(), 'crm-dist-'));
const backup = join(backupDir, 'better_sqlite3.node');
const hadNative = existsSync(NATIVE);
if (hadNative) copyFileSync(NATIVE, backup);

let status;
try {
  const cli = join(ROOT, 'node_modules/electron-builder/cli.js');
  const args = ['--config', 'electron-builder.yml', ...process.argv.slice(2)];
  status = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
} finally {
  if (hadNative) {
    copyFileSync(backup, NATIVE);
    process.stderr.write('Restored the Node build of better-sqlite3 for tests and the browser host.\n');
  }
  rmSync(backupDir, { recursive: true, force: true });
}
process.exit(status);
