import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query';

describe('toFtsQuery', () => {
  it('turns words into quoted prefix terms', () => {
    expect(toFtsQuery('anna pet')).toBe('"anna"* "pet"*');
    expect(toFtsQuery('  Иван  ')).toBe('"Иван"*');
    expect(toFtsQuery('علی رضایی')).toBe('"علی"* "رضایی"*');
  });

  it('splits on punctuation and drops operators and syntax', () => {
    expect(toFtsQuery('"acme" AND (inc*) -foo')).toBe('"acme"* "AND"* "inc"* "foo"*');
    expect(toFtsQuery('anna@example.com')).toBe('"anna"* "example"* "com"*');
  });

  it('returns null when nothing searchable is left', () => {
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery('"*()-:^')).toBeNull();
  });

  it('caps the number of terms', () => {
    expect(toFtsQuery('a b c d e f g h i j')?.split(' ')).toHaveLength(8);
  });

  const db = new Database(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE f USING fts5(a, b, content='', contentless_delete=1, prefix='1 2 3', tokenize='unicode61 remove_diacritics 2')",
  );
  db.prepare('INSERT INTO f (rowid, a, b) VALUES (1, ?, ?)').run('Anna Petrova', 'anna@example.com');
  const match = db.prepare('SELECT rowid FROM f WHERE f MATCH ?');
  afterAll(() => db.close());

  it('never produces a query FTS5 cannot parse (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const query = toFtsQuery(text);
        if (query !== null) expect(() => match.all(query)).not.toThrow();
      }),
      { seed: 1, numRuns: 2000 },
    );
  });

  it('finds by prefix, case- and accent-insensitively', () => {
    expect(match.all(toFtsQuery('pet')!)).toHaveLength(1);
    expect(match.all(toFtsQuery('ANNA exam')!)).toHaveLength(1);
    expect(match.all(toFtsQuery('Pétr')!)).toHaveLength(1);
    expect(match.all(toFtsQuery('petrovx')!)).toHaveLength(0);
  });
});
