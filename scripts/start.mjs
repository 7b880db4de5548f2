import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT } from './ensure-build.mjs';

/**
 * `npm start`: the desktop app when Electron's binary is here (fetching it
 * once if it can), otherwise one line saying so and the same app from the
 * browser host, which then prints `CRM ready at <url>`.
 */

const ELECTRON_DIR = join(ROOT, 'node_modules/electron');
const INSTALL_TIMEOUT_MS = 90_000;

function electronBinary() {
  let relative;
  try {
    relative = readFileSync(join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
  } catch {
    return undefined;
  }
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(ELECTRON_DIR, 'dist');
  const binary = join(distDir, relative);
  return relative !== '' && existsSync(binary) ? binary : undefined;
}

function tryInstallElectron() {
  const installer = join(ELECTRON_DIR, 'install.js');
  if (!existsSync(installer)) return;
  // Its output is a stack trace when offline; the one line below says what matters.
  spawnSync(process.execPath, [installer], { cwd: ELECTRON_DIR, stdio: 'ignore', timeout: INSTALL_TIMEOUT_MS });
}

function runElectron(binary, args) {
  const child = spawn(binary, ['.', ...args], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

ensureBuilt();
const args = process.argv.slice(2);
let binary = electronBinary();
if (binary === undefined) {
  tryInstallElectron();
  binary = electronBinary();
}
if (binary !== undefined) {
  runElectron(binary, args);
} else {
  process.stdout.write(
    'The desktop shell (Electron) is not available here; serving the same app in the browser instead.\n',
  );
  await import(pathToFileURL(join(ROOT, 'out/main/web.js')).href);
}
