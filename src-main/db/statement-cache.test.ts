import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StatementCache } from './statement-cache';

describe('StatementCache', () => {
  const db = new Database(':memory:');
  afterAll(() => db.close());

  it('prepares each SQL text once', () => {
    const cache = new StatementCache(db);
    const first = cache.get('SELECT 1 AS x');
    expect(cache.get('SELECT 1 AS x')).toBe(first);
    expect(first.get()).toEqual({ x: 1 });
    expect(cache.size).toBe(1);
  });

  it('stays within its capacity, evicting the oldest statement', () => {
    const cache = new StatementCache(db, 3);
    const oldest = cache.get('SELECT 0');
    for (let i = 1; i <= 3; i++) cache.get(`SELECT ${i}`);
    expect(cache.size).toBe(3);
    expect(cache.get('SELECT 0')).not.toBe(oldest);
    expect(cache.get('SELECT 3').get()).toEqual({ 3: 3 });
  });
});
