import { describe, expect, it } from 'vitest';
import type { ListInput } from '../../src-shared/api';
import { CATALOGS, messageAt } from '../../src-shared/i18n';
import type { Criteria, CriteriaNode } from '../../src-shared/query';
import { count, expectIssues, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * Seed 001 ("the parameters are set by the users themselves"): banks
 * segment customers by turnover and average monthly balance, traders by
 * order volume; customers are grouped by industry and region; for each one
 * the reasons of loyalty, where they heard of the company, the products
 * they are interested in and what they buy from competitors are recorded.
 * Every one of these is expressed as a custom field and filtered with
 * advanced-find criteria, alone, combined, across a relation, in a saved
 * view that survives reopening the file.
 */

const and = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'and', items });
const or = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'or', items });
const cond = (field: string, op: string, value?: unknown): CriteriaNode =>
  ({ kind: 'condition', field, op, ...(value !== undefined ? { value } : {}) }) as CriteriaNode;
const choices = (...labels: string[]) => labels.map((en) => ({ labels: { en } }));

const SEGMENTATION = [
  { entity: 'account', name: 'turnover', type: 'money', labels: { en: 'Turnover', ru: 'Оборот' } },
  { entity: 'account', name: 'avg_monthly_balance', type: 'money', labels: { en: 'Average monthly balance' } },
  { entity: 'account', name: 'order_volume', type: 'integer', labels: { en: 'Order volume' } },
  {
    entity: 'account',
    name: 'region',
    type: 'choice',
    labels: { en: 'Region', fa: 'منطقه' },
    choices: choices('North', 'South', 'Capital'),
  },
  {
    entity: 'account',
    name: 'loyalty_reason',
    type: 'choice',
    labels: { en: 'Reason for loyalty' },
    choices: choices('Price', 'Quality', 'Service', 'Relationship'),
  },
  {
    entity: 'account',
    name: 'loyalty_note',
    type: 'text',
    labels: { en: 'Loyalty, in their words' },
    searchable: true,
  },
  {
    entity: 'account',
    name: 'heard_of_us',
    type: 'choice',
    labels: { en: 'Where they heard of us' },
    choices: choices('Exhibition', 'Referral', 'Web search', 'Advertising'),
  },
  {
    entity: 'account',
    name: 'products_of_interest',
    type: 'multichoice',
    labels: { en: 'Products of interest' },
    choices: choices('Loans', 'Deposits', 'Cards', 'Insurance'),
  },
  {
    entity: 'account',
    name: 'competitor_purchases',
    type: 'multiline',
    labels: { en: 'What they buy from competitors' },
  },
  // Accounts have a built-in industry; a contact's own is a custom field.
  {
    entity: 'contact',
    name: 'industry',
    type: 'choice',
    labels: { en: 'Industry' },
    choices: choices('Banking', 'Retail', 'Manufacturing'),
  },
] as const;

async function segmented(backend: TestBackend) {
  for (const field of SEGMENTATION) await backend.ok('customization.addField', field);
  const account = async (name: string, values: Record<string, unknown>) =>
    (await backend.ok('records.create', { entity: 'account', values: { name, ...values } })).id;
  const bank = await account('Caspian Bank', {
    cf_turnover: '125000000.50',
    cf_avg_monthly_balance: '2400000',
    cf_region: 'capital',
    cf_loyalty_reason: 'relationship',
    cf_loyalty_note: 'Their account manager has known them for years',
    cf_heard_of_us: 'referral',
    cf_products_of_interest: ['loans', 'cards'],
    cf_competitor_purchases: 'Insurance from Alpha Insurance',
  });
  const trader = await account('Northern Trade', {
    cf_turnover: '800000',
    cf_order_volume: 340,
    cf_region: 'north',
    cf_loyalty_reason: 'price',
    cf_heard_of_us: 'exhibition',
    cf_products_of_interest: ['deposits'],
  });
  const shop = await account('Corner Shop', {
    cf_avg_monthly_balance: '950.25',
    cf_order_volume: 12,
    cf_region: 'south',
    cf_loyalty_reason: 'service',
    cf_competitor_purchases: 'Cash registers; insurance',
  });
  await account('Unsegmented Ltd', {});
  const contact = async (last_name: string, values: Record<string, unknown>) =>
    backend.ok('records.create', { entity: 'contact', values: { last_name, ...values } });
  await contact('Karimi', { account_id: bank, cf_industry: 'banking' });
  await contact('Petrova', { account_id: trader, cf_industry: 'retail' });
  await contact('Lindqvist', { account_id: trader, cf_industry: 'banking' });
  await contact('Alone', { cf_industry: 'manufacturing' });
  return { bank, trader, shop };
}

async function names(backend: TestBackend, input: Omit<ListInput, 'entity'> & { entity?: string }) {
  const page = await backend.ok('records.list', { entity: 'account', limit: 100, ...input });
  return page.rows.map((r) => r.display_name).sort();
}

describe('seed 001 segmentation as custom fields', () => {
  it('is expressed as custom fields and filtered by each of them in advanced-find criteria', async () => {
    const backend = openBackend();
    await segmented(backend);
    const custom = await backend.ok('customization.get');
    expect(custom.fields.map((f) => `${f.entity}.${f.name}:${f.type}`)).toEqual(
      SEGMENTATION.map((f) => `${f.entity}.cf_${f.name}:${f.type}`),
    );

    const by = (criteria: Criteria) => names(backend, { criteria });
    // Banks: turnover and average monthly balance.
    expect(await by(and(cond('cf_turnover', 'gt', '1000000')))).toEqual(['Caspian Bank']);
    expect(await by(and(cond('cf_avg_monthly_balance', 'between', ['500', '1000000'])))).toEqual(['Corner Shop']);
    expect(await by(and(cond('cf_turnover', 'empty')))).toEqual(['Corner Shop', 'Unsegmented Ltd']);
    // Traders: order volume.
    expect(await by(and(cond('cf_order_volume', 'gte', 100)))).toEqual(['Northern Trade']);
    // Industry (a contact's) and region.
    expect(await by(and(cond('cf_region', 'in', ['north', 'south'])))).toEqual(['Corner Shop', 'Northern Trade']);
    expect(await by(and(cond('cf_region', 'ne', 'capital')))).toEqual([
      'Corner Shop',
      'Northern Trade',
      'Unsegmented Ltd',
    ]);
    // Loyalty, where they heard of us, products of interest, what they buy from competitors.
    expect(await by(and(cond('cf_loyalty_reason', 'eq', 'service')))).toEqual(['Corner Shop']);
    expect(await by(and(cond('cf_loyalty_note', 'contains', 'account manager')))).toEqual(['Caspian Bank']);
    expect(await by(and(cond('cf_heard_of_us', 'not_in', ['exhibition'])))).toEqual([
      'Caspian Bank',
      'Corner Shop',
      'Unsegmented Ltd',
    ]);
    expect(await by(and(cond('cf_products_of_interest', 'in', ['cards', 'deposits'])))).toEqual([
      'Caspian Bank',
      'Northern Trade',
    ]);
    expect(await by(and(cond('cf_competitor_purchases', 'contains', 'insurance')))).toEqual([
      'Caspian Bank',
      'Corner Shop',
    ]);
    // Combined: big turnover or a high order volume, and not found at an exhibition.
    expect(
      await by(
        and(
          or(cond('cf_turnover', 'gte', '1000000'), cond('cf_order_volume', 'gte', 10)),
          cond('cf_heard_of_us', 'ne', 'exhibition'),
        ),
      ),
    ).toEqual(['Caspian Bank', 'Corner Shop']);

    // Across relations: contacts in banking at accounts in the north; accounts with a banking contact.
    const contacts = await backend.ok('records.list', {
      entity: 'contact',
      criteria: and(cond('cf_industry', 'eq', 'banking'), cond('account_id.cf_region', 'eq', 'north')),
    });
    expect(contacts.rows.map((r) => r.display_name)).toEqual(['Lindqvist']);
    expect(
      await by(
        and({
          kind: 'related',
          entity: 'contact',
          via: 'account_id',
          match: 'some',
          where: and(cond('cf_industry', 'eq', 'banking')),
        }),
      ),
    ).toEqual(['Caspian Bank', 'Northern Trade']);

    // A value of the wrong kind is refused in criteria as in records.
    expectIssues(
      await backend.fail('records.list', { entity: 'account', criteria: and(cond('cf_region', 'eq', 'mars')) }),
      [['criteria.items.0.value', 'validation.choice']],
    );
    expectIssues(
      await backend.fail('records.list', {
        entity: 'account',
        criteria: and(cond('cf_order_volume', 'contains', '3')),
      }),
      [['criteria.items.0.op', 'validation.filter_op']],
    );
  });

  it('keeps a segment saved as a view working after the file is closed and reopened', async () => {
    const dataDir = tempDataDir();
    let backend = openBackend(dataDir);
    await segmented(backend);
    const view = await backend.ok('views.save', {
      entity: 'account',
      name: 'Key banking customers',
      columns: ['cf_turnover', 'cf_region', 'cf_products_of_interest'],
      sort: { field: 'cf_turnover', dir: 'desc' },
      criteria: and(cond('cf_products_of_interest', 'in', ['loans']), cond('cf_turnover', 'gt', '1000000')),
    });
    backend.close();

    backend = openBackend(dataDir);
    const saved = (await backend.ok('views.list', { entity: 'account' })).find((v) => v.id === view.id)!;
    const page = await backend.ok('records.list', {
      entity: 'account',
      columns: [...saved.columns],
      sort: saved.sort,
      criteria: saved.criteria,
    });
    expect(page.rows.map((r) => [r.display_name, r.values['cf_turnover'], r.values['cf_region']])).toEqual([
      ['Caspian Bank', '125000000.5', 'capital'],
    ]);
  });

  it('refuses a custom field named like a built-in one with a clear message in every language, and saves nothing', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    for (const name of ['industry', 'Industry ', 'annual_revenue', 'owner_id']) {
      const error = await backend.fail('customization.addField', {
        entity: 'account',
        name,
        type: 'choice',
        labels: { en: 'Industry' },
        choices: choices('Banking'),
      });
      expectIssues(error, [['name', 'customization.error.name_clash_builtin']]);
      expect(error.issues?.[0]?.message).toBe('This record type already has a built-in field with this name.');
    }
    for (const catalog of Object.values(CATALOGS)) {
      expect(messageAt(catalog, 'customization.error.name_clash_builtin')).toBeTruthy();
    }
    const db = peek(dataDir);
    expect(count(db, 'custom_field')).toBe(0);
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('account') as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.filter((c) => c.startsWith('cf_'))).toEqual([]);
    // The same name is fine where there is no such built-in field.
    await backend.ok('customization.addField', {
      entity: 'contact',
      name: 'industry',
      type: 'choice',
      labels: { en: 'Industry' },
      choices: choices('Banking'),
    });
  });
});
