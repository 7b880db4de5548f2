import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import type { ApiError, MethodName, MethodResult } from '../../src-shared/api';
import { createBackend, type Backend } from '../../src-main/backend';

/**
 * Every test gets its own data folder under the OS temp dir and its own
 * backend; both are removed after the test.
 */

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crm-it-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestBackend extends Backend {
  ok<M extends MethodName>(method: M, input?: unknown): Promise<MethodResult<M>>;
  fail(method: string, input?: unknown): Promise<ApiError>;
}

export function openBackend(dataDir = tempDataDir(), options: { now?: () => number } = {}): TestBackend {
  const backend = createBackend({ dataDir, appVersion: '9.9.9-test', ...options });
  cleanups.push(() => backend.close());
  return {
    ...backend,
    async ok<M extends MethodName>(method: M, input?: unknown): Promise<MethodResult<M>> {
      const result = await backend.call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value as MethodResult<M>;
    },
    async fail(method: string, input?: unknown): Promise<ApiError> {
      const result = await backend.call(method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
      return result.error;
    },
  };
}

/** A second, independent connection to the data file, for looking behind the backend's back. */
export function peek(dataDir: string): Database.Database {
  const db = new Database(join(dataDir, 'crm.sqlite'));
  db.pragma('busy_timeout = 5000');
  cleanups.push(() => db.close());
  return db;
}

export function count(db: Database.Database, table: string, where = '1'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
}

export function expectIssues(error: ApiError, expected: [string, string][]): void {
  expect(error.code).toBe('VALIDATION');
  expect((error.issues ?? []).map((i) => [i.path.join('.'), i.messageKey])).toEqual(expected);
}
