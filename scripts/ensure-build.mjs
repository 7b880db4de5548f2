import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds the app with electron-vite only when the build is missing or older
 * than a source file, so `npm start` and `npm run web` start at once after
 * the first time. Build output goes to stderr: stdout is kept for the host's
 * `CRM ready at <url>` line.
 */

export const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['src-main', 'src-shared', 'src-renderer'];
const SOURCE_FILES = ['electron.vite.config.ts', 'package.json'];
const OUTPUTS = ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const TESTS = /\.test\.tsx?$/;

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestIn(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestIn(path));
    else if (!TESTS.test(entry.name)) newest = Math.max(newest, mtime(path) ?? 0);
  }
  return newest;
}

/** Why a build is needed, or null when out/ is up to date. */
export function staleReason(root = ROOT) {
  const built = OUTPUTS.map((file) => mtime(join(root, file)));
  if (built.some((time) => time === undefined)) return 'no build yet';
  const oldestOutput = Math.min(...built);
  const newestSource = Math.max(
    ...SOURCE_DIRS.map((dir) => newestIn(join(root, dir))),
    ...SOURCE_FILES.map((file) => mtime(join(root, file)) ?? 0),
  );
  return newestSource > oldestOutput ? 'sources changed since the last build' : null;
}

export function build(root = ROOT) {
  const cli = join(root, 'node_modules/electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write('The build failed (see above); nothing was started.\n');
    process.exit(result.status ?? 1);
  }
}

export function ensureBuilt(root = ROOT) {
  const reason = staleReason(root);
  if (reason === null) return;
  process.stderr.write(`Building the app (${reason})...\n`);
  build(root);
}
