import { describe, expect, it } from 'vitest';
import type { ListInput, RecordRow } from '../../src-shared/api';
import type { Criteria, CriteriaNode } from '../../src-shared/query';
import { SqlDb } from '../../src-main/db';
import { sqlPlanner } from '../../src-main/domains/records/criteria-planner';
import type { CriteriaEnv } from '../../src-main/domains/records/criteria-sql';
import { planList } from '../../src-main/domains/records/list-query';
import { listRecords } from '../../src-main/domains/records/list-records';
import { expectIssues, openBackend, peek, type TestBackend } from './helpers';

/**
 * Criteria compiled to SQL and run on a real SQLite file: conditions on
 * fields, on the record a lookup points at, on related records, relative
 * dates in the user's time zone, and keyset paging through the results.
 */

const and = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'and', items });
const or = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'or', items });
const cond = (field: string, op: string, value?: unknown): CriteriaNode =>
  ({ kind: 'condition', field, op, ...(value !== undefined ? { value } : {}) }) as CriteriaNode;
const related = (entity: string, via: string, match: 'some' | 'none', where: Criteria): CriteriaNode => ({
  kind: 'related',
  entity,
  via,
  match,
  where,
});

async function allRows(backend: TestBackend, input: ListInput): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 500; guard++) {
    const page = await backend.ok('records.list', { ...input, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    after = page.nextCursor;
  }
  throw new Error('paging did not end');
}

interface World {
  backend: TestBackend;
  accounts: Record<string, string>;
  contacts: Record<string, string>;
}

/** Four accounts (one deleted) and their contacts. */
async function world(now = Date.parse('2024-05-15T12:00:00Z')): Promise<World> {
  const backend = openBackend(undefined, { now: () => now });
  const accounts: Record<string, string> = {};
  const contacts: Record<string, string> = {};
  const account = async (name: string, values: Record<string, unknown>) => {
    accounts[name] = (await backend.ok('records.create', { entity: 'account', values: { name, ...values } })).id;
  };
  await account('Retail One', { industry: 'retail', annual_revenue: '1500000.50', employees: 40 });
  await account('Retail Two', { industry: 'retail', annual_revenue: '99.99' });
  await account('Bank', { industry: 'finance', address_city: 'Москва' });
  await account('Lonely', { industry: 'retail' });
  await account('Gone', { industry: 'retail' });
  const contact = async (name: string, values: Record<string, unknown>) => {
    contacts[name] = (
      await backend.ok('records.create', { entity: 'contact', values: { last_name: name, ...values } })
    ).id;
  };
  await contact('Ada', { account_id: accounts['Retail One'], job_title: 'Head Buyer', birthday: '1990-05-16' });
  await contact('Boris', { account_id: accounts['Retail One'], job_title: 'Clerk', email: 'b@one.example' });
  await contact('Chen', { account_id: accounts['Retail Two'], job_title: 'buyer', do_not_email: true });
  await contact('Dara', { account_id: accounts['Bank'], job_title: 'Buyer', birthday: '1985-05-14' });
  await contact('Eve', { job_title: 'Freelance buyer', do_not_email: false });
  await contact('Farid', { account_id: accounts['Gone'] });
  await backend.ok('records.delete', { entity: 'account', id: accounts['Gone'] });
  return { backend, accounts, contacts };
}

async function names(w: World, entity: 'account' | 'contact', criteria: Criteria, extra: Partial<ListInput> = {}) {
  const rows = await allRows(w.backend, { entity, criteria, limit: 2, ...extra } as ListInput);
  return rows.map((r) => r.display_name);
}

describe('criteria on a real database', () => {
  it('finds contacts by a field of their account, skipping deleted accounts and contacts without one', async () => {
    const w = await world();
    expect(await names(w, 'contact', and(cond('account_id.industry', 'eq', 'retail')))).toEqual([
      'Ada',
      'Boris',
      'Chen',
    ]);
    expect(await names(w, 'contact', and(cond('account_id.industry', 'ne', 'retail')))).toEqual(['Dara']);
    expect(await names(w, 'contact', and(cond('account_id.annual_revenue', 'gte', '1000')))).toEqual(['Ada', 'Boris']);
    expect(await names(w, 'contact', and(cond('account_id.address_city', 'eq', 'москва')))).toEqual([]);
    expect(await names(w, 'contact', and(cond('account_id.address_city', 'eq', 'Москва')))).toEqual(['Dara']);
    expect(
      await names(
        w,
        'contact',
        and(
          cond('account_id.industry', 'in', ['retail']),
          or(cond('job_title', 'contains', 'BUY'), cond('email', 'not_empty')),
        ),
      ),
    ).toEqual(['Ada', 'Boris', 'Chen']);
    expect(await names(w, 'contact', and(cond('account_id', 'empty')))).toEqual(['Eve']);
    // Together with quick find (FTS first) and a column filter.
    const retail = and(cond('account_id.industry', 'eq', 'retail'));
    expect(await names(w, 'contact', retail, { quickFind: 'bor' })).toEqual(['Boris']);
    expect(
      await names(w, 'contact', retail, { filters: [{ field: 'job_title', op: 'contains', value: 'buy' }] }),
    ).toEqual(['Ada', 'Chen']);
  });

  it('finds accounts that have, or have no, related contacts matching conditions', async () => {
    const w = await world();
    const buyers = and(cond('job_title', 'contains', 'buyer'));
    expect(await names(w, 'account', and(related('contact', 'account_id', 'some', buyers)))).toEqual([
      'Bank',
      'Retail One',
      'Retail Two',
    ]);
    expect(await names(w, 'account', and(related('contact', 'account_id', 'none', and())))).toEqual(['Lonely']);
    expect(
      await names(
        w,
        'account',
        and(cond('industry', 'eq', 'retail'), related('contact', 'account_id', 'none', buyers)),
      ),
    ).toEqual(['Lonely']);
    // Nested: accounts with a contact whose account (the same one) is in finance.
    expect(
      await names(
        w,
        'account',
        and(related('contact', 'account_id', 'some', and(cond('account_id.industry', 'eq', 'finance')))),
      ),
    ).toEqual(['Bank']);
    // A deleted contact does not count.
    await w.backend.ok('records.delete', { entity: 'contact', id: w.contacts['Dara'] });
    expect(await names(w, 'account', and(related('contact', 'account_id', 'none', and())))).toEqual(['Bank', 'Lonely']);
  });

  it('applies operators as the filter builder describes them', async () => {
    const w = await world();
    // "Does not contain" and "is none of" include records where the field is empty.
    expect(await names(w, 'contact', and(cond('job_title', 'not_contains', 'buyer')))).toEqual(['Boris', 'Farid']);
    expect(await names(w, 'account', and(cond('industry', 'not_in', ['retail'])))).toEqual(['Bank']);
    // An unset yes/no field counts as "No".
    expect(await names(w, 'contact', and(cond('do_not_email', 'eq', false)))).toEqual([
      'Ada',
      'Boris',
      'Dara',
      'Eve',
      'Farid',
    ]);
    expect(await names(w, 'contact', and(cond('do_not_email', 'eq', true)))).toEqual(['Chen']);
    expect(await names(w, 'account', and(cond('annual_revenue', 'between', ['99.99', '1500000.5'])))).toEqual([
      'Retail One',
      'Retail Two',
    ]);
    expect(await names(w, 'account', and(cond('name', 'begins', 'retail')))).toEqual(['Retail One', 'Retail Two']);
    expect(await names(w, 'account', or(cond('employees', 'gt', 39), cond('address_city', 'not_empty')))).toEqual([
      'Bank',
      'Retail One',
    ]);
    expect(await names(w, 'contact', and(cond('owner_id', 'eq_current_user')))).toHaveLength(6);
    expect(await names(w, 'contact', and(cond('owner_id', 'ne_current_user')))).toEqual([]);
  });

  it('resolves relative dates in the user’s time zone at query time', async () => {
    // 23:30 on 14 May in Los Angeles is already 15 May in UTC and in Tehran.
    const w = await world(Date.parse('2024-05-15T06:30:00Z'));
    const today = and(cond('birthday', 'today'));
    await w.backend.ok('records.update', {
      entity: 'contact',
      id: w.contacts['Eve'],
      values: { birthday: '2024-05-15' },
    });
    await w.backend.ok('records.update', {
      entity: 'contact',
      id: w.contacts['Boris'],
      values: { birthday: '2024-05-14' },
    });
    expect(await names(w, 'contact', today, { timeZone: 'Asia/Tehran' })).toEqual(['Eve']);
    expect(await names(w, 'contact', today, { timeZone: 'America/Los_Angeles' })).toEqual(['Boris']);
    expect(await names(w, 'contact', and(cond('birthday', 'older_than_n_days', 365)), { timeZone: 'UTC' })).toEqual([
      'Ada',
      'Dara',
    ]);
    expect(await names(w, 'contact', and(cond('birthday', 'this_week')), { timeZone: 'UTC', weekStart: 1 })).toEqual([
      'Boris',
      'Eve',
    ]);
    const error = await w.backend.fail('records.list', { entity: 'contact', criteria: today, timeZone: 'Mars/Base' });
    expectIssues(error, [['timeZone', 'validation.time_zone']]);
  });

  it('reports a condition that does not fit at its path, in the user’s terms', async () => {
    const w = await world();
    const error = await w.backend.fail('records.list', {
      entity: 'contact',
      criteria: and(
        cond('account_id.industry', 'eq', 'piracy'),
        cond('birthday', 'contains', 'x'),
        cond('employees', 'gt', 5),
        { kind: 'group', op: 'and', items: [cond('last_name', 'gt', 'A')] },
      ),
    });
    expectIssues(error, [
      ['criteria.items.0.value', 'validation.choice'],
      ['criteria.items.1.op', 'validation.filter_op'],
      ['criteria.items.2.field', 'validation.unknown_field'],
      ['criteria.items.3.items.0.op', 'validation.filter_op'],
    ]);
    const shape = await w.backend.fail('records.list', {
      entity: 'contact',
      criteria: { kind: 'group', op: 'and', items: [{ kind: 'condition', field: 'email', op: 'resembles' }] },
    });
    expect(shape.code).toBe('VALIDATION');
    expect(shape.issues?.[0]?.path.slice(0, 3)).toEqual(['criteria', 'items', 0]);
  });

  it('gives the same pages whichever plan a lookup condition gets, in both directions', async () => {
    const w = await world();
    for (let i = 0; i < 30; i++) {
      await w.backend.ok('records.create', {
        entity: 'contact',
        values: {
          last_name: `P${String(i % 7)}`,
          first_name: i % 3 ? null : 'x',
          account_id: w.accounts[i % 2 ? 'Retail Two' : 'Bank'],
        },
      });
    }
    const db = new SqlDb(peek(w.backend.dataDir));
    const env: CriteriaEnv = { now: Date.now(), timeZone: 'UTC', weekStart: 1, userId: 'nobody' };
    const criteria = and(cond('account_id.industry', 'eq', 'retail'), cond('first_name', 'empty'));
    const pages = (matches: number, dir: 'asc' | 'desc') => {
      const planner = { ...sqlPlanner(db), countUpTo: () => matches };
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const page = listRecords(
          db,
          { entity: 'contact', criteria, sort: { field: 'first_name', dir }, limit: 4, ...(after ? { after } : {}) },
          { env, planner },
        );
        ids.push(...page.rows.map((r) => r.id));
        after = page.nextCursor;
      } while (after);
      return ids;
    };
    const sqlOf = (matches: number) =>
      planList({ entity: 'contact', criteria }, { env, planner: { ...sqlPlanner(db), countUpTo: () => matches } })
        .segments[0]!.sql;
    expect(sqlOf(0)).toContain('(t."account_id" IN (SELECT');
    expect(sqlOf(1_000_000)).toContain('+t."account_id" IN (SELECT');
    for (const dir of ['asc', 'desc'] as const) {
      const sparse = pages(0, dir);
      expect(sparse).toHaveLength(13);
      expect(new Set(sparse).size).toBe(13);
      expect(pages(1_000_000, dir)).toEqual(sparse);
    }
    // "Has related": from the few matching children, or along the parents with EXISTS.
    const accounts = (matches: number, match: 'some' | 'none') =>
      listRecords(
        db,
        { entity: 'account', criteria: and(related('contact', 'account_id', match, and(cond('first_name', 'empty')))) },
        { env, planner: { ...sqlPlanner(db), countUpTo: () => matches } },
      ).rows.map((r) => r.display_name);
    expect(accounts(0, 'some')).toEqual(['Bank', 'Retail One', 'Retail Two']);
    expect(accounts(1_000_000, 'some')).toEqual(['Bank', 'Retail One', 'Retail Two']);
    expect(accounts(0, 'none')).toEqual(['Lonely']);
    expect(accounts(1_000_000, 'none')).toEqual(['Lonely']);
  });
});
