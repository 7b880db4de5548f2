import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../../scripts/ensure-build.mjs';

const OUTPUTS = ['out/main/index.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
let root: string;

function touch(relative: string, secondsAgo: number) {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  const time = Date.now() / 1000 - secondsAgo;
  utimesSync(file, time, time);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'crm-ensure-build-'));
  touch('src-main/hosts/web/cli.ts', 100);
  touch('src-shared/api/contract.ts', 100);
  touch('src-renderer/index.html', 100);
  touch('package.json', 100);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staleReason', () => {
  it('asks for a build when any output is missing', () => {
    expect(staleReason(root)).toBe('no build yet');
    for (const file of OUTPUTS.slice(1)) touch(file, 10);
    expect(staleReason(root)).toBe('no build yet');
  });

  it('is satisfied when every output is newer than every source', () => {
    for (const file of OUTPUTS) touch(file, 10);
    expect(staleReason(root)).toBeNull();
  });

  it('asks again when a nested source file changes after the build', () => {
    for (const file of OUTPUTS) touch(file, 10);
    touch('src-shared/rules/records/deep/new-rule.ts', 1);
    expect(staleReason(root)).toBe('sources changed since the last build');
  });

  it('ignores test files beside the sources', () => {
    for (const file of OUTPUTS) touch(file, 10);
    touch('src-shared/rules/records/validate.test.ts', 1);
    expect(staleReason(root)).toBeNull();
  });

  it('compares against the oldest output', () => {
    for (const file of OUTPUTS) touch(file, 10);
    touch('out/renderer/index.html', 200);
    expect(staleReason(root)).toBe('sources changed since the last build');
  });
});
