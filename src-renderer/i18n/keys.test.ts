import { describe, expect, it } from 'vitest';
import { FILTER_OPS, THEMES } from '../../src-shared/api';
import { CATALOGS, messageAt } from '../../src-shared/i18n';

/** Literal keys passed to `t(...)` anywhere in the renderer must exist in every catalog. */
describe('renderer message keys', () => {
  const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const keys = new Set<string>();
  for (const text of Object.values(sources) as string[]) {
    for (const m of text.matchAll(/\bt\(\s*'([a-z_]+(?:\.[A-Za-z_-]+)+)'/g)) keys.add(m[1] ?? '');
    // Keys chosen by a condition: t(cond ? 'a.b' : 'c.d').
    for (const m of text.matchAll(/\bt\([^()]*?\?\s*'([a-z_.]+)'\s*:\s*'([a-z_.]+)'/g))
      keys.add(m[1] ?? '').add(m[2] ?? '');
  }

  it('finds the keys', () => {
    expect(keys.size).toBeGreaterThan(100);
    expect(keys).toContain('form.save');
    expect(keys).toContain('list.sort_desc');
  });

  it.each(Object.keys(CATALOGS) as (keyof typeof CATALOGS)[])('all exist in %s', (lang) => {
    const missing = [...keys].filter((k) => messageAt(CATALOGS[lang], k) === undefined);
    expect(missing).toEqual([]);
  });
});

describe('keys built from values at run time', () => {
  const families = [
    ...['sales', 'service', 'marketing', 'settings'].map((a) => `area.${a}`),
    ...FILTER_OPS.flatMap((op) => [`filter.op.${op}`, `filter.chip.${op}`]),
    ...['administrator', 'user'].map((r) => `header.role.${r}`),
    ...['create', 'update', 'delete', 'restore'].map((a) => `history.actions.${a}`),
    ...THEMES.map((th) => `settings.themes.${th}`),
    ...['need_value', 'need_choice', 'need_record', 'need_range'].map((k) => `filter.${k}`),
  ];

  it.each(Object.keys(CATALOGS) as (keyof typeof CATALOGS)[])('all exist in %s', (lang) => {
    expect(families.filter((k) => messageAt(CATALOGS[lang], k) === undefined)).toEqual([]);
  });
});
