import { describe, expect, it } from 'vitest';
import type { ListInput, RecordRow } from '../../src-shared/api';
import { openBackend, type TestBackend } from './helpers';

async function allPages(backend: TestBackend, input: ListInput): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await backend.ok('records.list', { ...input, ...(after ? { after } : {}) });
    expect(page.rows.length).toBeLessThanOrEqual(input.limit ?? 100);
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    after = page.nextCursor;
  }
  throw new Error('paging did not end');
}

type Key = string | bigint | number | null;

function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'string' && typeof b === 'string') {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function expectedOrder<T extends { id: string }>(items: T[], key: (item: T) => Key, dir: 'asc' | 'desc'): string[] {
  const sorted = [...items].sort((a, b) => compareKeys(key(a), key(b)) || (a.id < b.id ? -1 : 1));
  if (dir === 'desc') sorted.reverse();
  return sorted.map((i) => i.id);
}

describe('keyset paging', () => {
  it('returns every live row exactly once, in order, for every sort and direction, through ties and NULLs', async () => {
    const backend = openBackend();
    const lastNames = ['Smith', 'smith', 'Ivanova', 'Rezaei', 'Zhou', 'Abbott'];
    const titles = ['Buyer', 'buyer', 'CEO', null];
    const created: { id: string; values: Record<string, string | null> }[] = [];
    for (let i = 0; i < 90; i++) {
      const values = {
        first_name: i % 5 === 0 ? null : ['Anna', 'Bob', 'anna', 'Chen'][i % 4]!,
        last_name: lastNames[i % lastNames.length]!,
        job_title: titles[i % titles.length]!,
        email: i % 3 === 0 ? null : `p${i % 7}@example.com`,
      };
      const record = await backend.ok('records.create', { entity: 'contact', values });
      created.push({ id: record.id, values: { ...values, display_name: record.display_name } });
    }
    for (const victim of created.splice(10, 3))
      await backend.ok('records.delete', { entity: 'contact', id: victim.id });

    for (const field of ['display_name', 'last_name', 'job_title', 'email', 'first_name']) {
      for (const dir of ['asc', 'desc'] as const) {
        const rows = await allPages(backend, { entity: 'contact', sort: { field, dir }, limit: 7 });
        const ids = rows.map((r) => r.id);
        expect(new Set(ids).size, `${field} ${dir}`).toBe(ids.length);
        expect(ids, `${field} ${dir}`).toEqual(expectedOrder(created, (c) => c.values[field] ?? null, dir));
      }
    }
  });

  it('orders money exactly, beyond 2^53, with NULLs, in both directions', async () => {
    const backend = openBackend();
    const amounts = [
      '99999999999999.9999',
      '99999999999999.9998',
      '-5',
      '0',
      null,
      '12.5',
      '12.5',
      '9007199254740.9993',
      null,
      '-0.0001',
    ];
    const created: { id: string; amount: string | null }[] = [];
    for (const [i, amount] of amounts.entries()) {
      const r = await backend.ok('records.create', {
        entity: 'account',
        values: { name: `A${i}`, annual_revenue: amount },
      });
      created.push({ id: r.id, amount });
    }
    const scaled = (a: string | null): bigint | null => {
      if (a === null) return null;
      const [int = '0', frac = ''] = a.replace('-', '').split('.');
      const v = BigInt(int + frac.padEnd(4, '0'));
      return a.startsWith('-') ? -v : v;
    };
    for (const dir of ['asc', 'desc'] as const) {
      const rows = await allPages(backend, { entity: 'account', sort: { field: 'annual_revenue', dir }, limit: 3 });
      expect(rows.map((r) => r.id)).toEqual(expectedOrder(created, (c) => scaled(c.amount), dir));
      expect(rows.map((r) => r.values['annual_revenue'])).toEqual(
        expectedOrder(created, (c) => scaled(c.amount), dir).map((id) => created.find((c) => c.id === id)!.amount),
      );
    }
  });

  it('pages through quick-find results in order and combines them with filters', async () => {
    const backend = openBackend();
    const smiths: string[] = [];
    for (let i = 0; i < 23; i++) {
      const r = await backend.ok('records.create', {
        entity: 'contact',
        values: {
          first_name: `N${String(i % 4)}`,
          last_name: i % 2 ? 'Smith' : 'Smithson',
          job_title: i % 3 ? 'Buyer' : null,
        },
      });
      smiths.push(r.id);
    }
    const byEmail = await backend.ok('records.create', {
      entity: 'contact',
      values: { last_name: 'Jones', email: 'smith@example.com' },
    });
    await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Jones' } });

    const rows = await allPages(backend, { entity: 'contact', quickFind: 'smi', limit: 4 });
    expect(rows).toHaveLength(24);
    const names = rows.map((r) => r.display_name.toLowerCase());
    expect(names).toEqual([...names].sort());

    const desc = await allPages(backend, {
      entity: 'contact',
      quickFind: 'SMITHS',
      limit: 5,
      sort: { field: 'job_title', dir: 'desc' },
    });
    expect(desc).toHaveLength(12);
    expect(desc.slice(-4).every((r) => r.values['job_title'] === null)).toBe(true);

    const filtered = await allPages(backend, {
      entity: 'contact',
      quickFind: 'smith',
      limit: 3,
      filters: [{ field: 'job_title', op: 'empty' }],
    });
    expect(filtered.map((r) => r.id).sort()).toEqual([...smiths.filter((_, i) => i % 3 === 0), byEmail.id].sort());

    expect((await backend.ok('records.list', { entity: 'contact', quickFind: '"*' })).rows).toHaveLength(25);
  });

  it('applies every filter operator', async () => {
    const backend = openBackend();
    const make = (name: string, values: Record<string, unknown>) =>
      backend.ok('records.create', { entity: 'account', values: { name, ...values } });
    await make('Alpha 50%_off', { employees: 10, industry: 'retail', annual_revenue: '100', email: 'a@alpha.example' });
    await make('Beta', { employees: 20, industry: 'finance', annual_revenue: '200.5' });
    await make('beta two', { employees: 30, industry: 'retail' });
    await make('Gamma', { employees: null, industry: null, annual_revenue: '-1' });
    const names = async (filters: unknown[]) =>
      (await allPages(backend, { entity: 'account', filters } as ListInput)).map((r) => r.display_name);

    expect(await names([{ field: 'name', op: 'eq', value: 'BETA' }])).toEqual(['Beta']);
    expect(await names([{ field: 'name', op: 'begins', value: 'bet' }])).toEqual(['Beta', 'beta two']);
    expect(await names([{ field: 'name', op: 'contains', value: '50%_' }])).toEqual(['Alpha 50%_off']);
    expect(await names([{ field: 'name', op: 'contains', value: '%' }])).toEqual(['Alpha 50%_off']);
    expect(await names([{ field: 'industry', op: 'ne', value: 'retail' }])).toEqual(['Beta', 'Gamma']);
    expect(await names([{ field: 'industry', op: 'in', value: ['retail', 'finance'] }])).toEqual([
      'Alpha 50%_off',
      'Beta',
      'beta two',
    ]);
    expect(await names([{ field: 'employees', op: 'between', value: [15, 30] }])).toEqual(['Beta', 'beta two']);
    expect(await names([{ field: 'employees', op: 'gte', value: '20' }])).toEqual(['Beta', 'beta two']);
    expect(await names([{ field: 'employees', op: 'lt', value: 20 }])).toEqual(['Alpha 50%_off']);
    expect(await names([{ field: 'annual_revenue', op: 'gt', value: '100.25' }])).toEqual(['Beta']);
    expect(await names([{ field: 'annual_revenue', op: 'lte', value: 100 }])).toEqual(['Alpha 50%_off', 'Gamma']);
    expect(await names([{ field: 'employees', op: 'empty' }])).toEqual(['Gamma']);
    expect(await names([{ field: 'email', op: 'not_empty' }])).toEqual(['Alpha 50%_off']);
    expect(await names([{ field: 'display_name', op: 'begins', value: 'g' }])).toEqual(['Gamma']);
    expect(
      await names([
        { field: 'industry', op: 'eq', value: 'retail' },
        { field: 'employees', op: 'gt', value: 10 },
      ]),
    ).toEqual(['beta two']);
  });
});
