import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.js are what keep src-shared pure and the
 * renderer away from the database; this proves they fire (and do not fire on
 * allowed imports) so a config edit cannot silently switch them off.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src-shared/x.ts', "import '../src-main/ids';"],
    ['src-shared/x.ts', "import '../src-renderer/main';"],
    ['src-shared/x.ts', "import 'node:fs';"],
    ['src-shared/x.ts', "import 'react';"],
    ['src-renderer/app/x.ts', "import '../../src-main/db';"],
    ['src-renderer/app/x.ts', "import 'better-sqlite3';"],
    ['src-renderer/app/x.ts', "import 'electron';"],
    ['src-main/db/x.ts', "import '../../src-renderer/main';"],
  ])('%s rejects %s', async (file, source) => {
    expect(await restrictedImports(file, source)).toHaveLength(1);
  });

  it.each([
    ['src-renderer/app/x.ts', "import '../../src-shared/entities';"],
    ['src-main/db/x.ts', "import '../../src-shared/entities';"],
    ['src-main/db/x.ts', "import 'better-sqlite3';"],
  ])('%s allows %s', async (file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });
});
