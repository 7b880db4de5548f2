import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportProgress, ExportStarted } from '../../src-shared/api';
import { getEntity } from '../../src-shared/entities';
import { count, expectIssues, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * Custom fields end to end on a real data file: seed 001's segmentation
 * fields created on accounts and contacts, then used in forms (create and
 * update), column filters, advanced find, CSV export and global search;
 * bad definitions refused with nothing saved; hiding keeps the data; all
 * of it survives closing and reopening the file.
 */

const choice = (en: string) => ({ labels: { en } });

async function addSeedFields(backend: TestBackend) {
  const account = [
    { name: 'turnover', type: 'money', labels: { en: 'Turnover', ru: 'Оборот', fa: 'گردش مالی' }, inList: true },
    { name: 'average_monthly_balance', type: 'money', labels: { en: 'Average monthly balance' } },
    { name: 'order_volume', type: 'integer', labels: { en: 'Order volume' } },
    {
      name: 'region',
      type: 'choice',
      labels: { en: 'Region', fa: 'منطقه' },
      choices: [choice('North'), choice('South'), { value: 'tehran', labels: { en: 'Tehran', fa: 'تهران' } }],
    },
    { name: 'loyalty_reason', type: 'text', labels: { en: 'Loyalty reason' }, searchable: true },
    {
      name: 'products_of_interest',
      type: 'multichoice',
      labels: { en: 'Products of interest' },
      choices: [choice('Loans'), choice('Deposits'), choice('Cards')],
    },
    { name: 'buys_from_competitors', type: 'multiline', labels: { en: 'What they buy from competitors' } },
  ];
  const contact = [
    {
      name: 'industry',
      type: 'choice',
      labels: { en: 'Industry' },
      choices: [choice('Retail'), choice('Banking')],
    },
    {
      name: 'heard_of_us',
      type: 'choice',
      labels: { en: 'Where they heard of us' },
      choices: [choice('Exhibition'), choice('Referral'), choice('Web search')],
    },
  ];
  for (const field of account) await backend.ok('customization.addField', { entity: 'account', ...field });
  for (const field of contact) await backend.ok('customization.addField', { entity: 'contact', ...field });
}

async function exportCsv(backend: TestBackend, input: object): Promise<string> {
  const done = new Promise<ExportProgress>((resolve) =>
    backend.on('export-progress', (p) => {
      if (p.state === 'done' || p.state === 'failed') resolve(p);
    }),
  );
  const job = (await backend.ok('export.start', input)) as ExportStarted;
  if (job.state !== 'started') throw new Error('the export did not start');
  expect(await done).toMatchObject({ state: 'done' });
  const file = backend.exportDownloads.take(job.jobId, job.ticket!);
  const text = readFileSync(file!.path, 'utf8');
  file!.release();
  return text;
}

describe('custom fields', () => {
  it('expresses seed 001’s segmentation and uses it in forms, filters, advanced find, export and search', async () => {
    const backend = openBackend();
    const changes: number[] = [];
    backend.on('schema-changed', (e) => changes.push(e.generation));
    await addSeedFields(backend);
    expect(changes).toHaveLength(9);

    const custom = await backend.ok('customization.get');
    expect(custom.fields.map((f) => `${f.entity}.${f.name}:${f.type}`)).toEqual([
      'account.cf_turnover:money',
      'account.cf_average_monthly_balance:money',
      'account.cf_order_volume:integer',
      'account.cf_region:choice',
      'account.cf_loyalty_reason:text',
      'account.cf_products_of_interest:multichoice',
      'account.cf_buys_from_competitors:multiline',
      'contact.cf_industry:choice',
      'contact.cf_heard_of_us:choice',
    ]);
    expect(custom.fields[3]?.choices.map((c) => c.value)).toEqual(['north', 'south', 'tehran']);
    expect(getEntity('account').listColumns).toContain('cf_turnover');

    const bank = await backend.ok('records.create', {
      entity: 'account',
      values: {
        name: 'Caspian Bank',
        cf_turnover: '1250000.75',
        cf_order_volume: 42,
        cf_region: 'tehran',
        cf_loyalty_reason: 'Personal relationship manager',
        cf_products_of_interest: ['loans', 'cards'],
      },
    });
    expect(bank.values).toMatchObject({ cf_turnover: '1250000.75', cf_region: 'tehran', cf_order_volume: 42 });
    const shop = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Corner Shop', cf_region: 'north', cf_order_volume: 3 },
    });
    await backend.ok('records.update', {
      entity: 'account',
      id: shop.id,
      values: { cf_average_monthly_balance: '900' },
    });
    await backend.ok('records.create', {
      entity: 'contact',
      values: { first_name: 'Sara', last_name: 'Karimi', account_id: bank.id, cf_heard_of_us: 'exhibition' },
    });
    await backend.ok('records.create', {
      entity: 'contact',
      values: { last_name: 'Other', cf_heard_of_us: 'referral' },
    });

    // A value of the wrong kind is refused like on a built-in field.
    expectIssues(
      await backend.fail('records.create', { entity: 'account', values: { name: 'X', cf_region: 'west' } }),
      [['values.cf_region', 'validation.choice']],
    );

    const byFilter = await backend.ok('records.list', {
      entity: 'account',
      filters: [{ field: 'cf_region', op: 'eq', value: 'tehran' }],
    });
    expect(byFilter.rows.map((r) => r.display_name)).toEqual(['Caspian Bank']);
    const sorted = await backend.ok('records.list', {
      entity: 'account',
      sort: { field: 'cf_order_volume', dir: 'desc' },
    });
    expect(sorted.rows.map((r) => r.display_name)).toEqual(['Caspian Bank', 'Corner Shop']);

    const viaAccount = await backend.ok('records.list', {
      entity: 'contact',
      criteria: {
        kind: 'group',
        op: 'and',
        items: [
          { kind: 'condition', field: 'account_id.cf_turnover', op: 'gt', value: '1000000' },
          { kind: 'condition', field: 'cf_heard_of_us', op: 'eq', value: 'exhibition' },
        ],
      },
    });
    expect(viaAccount.rows.map((r) => r.display_name)).toEqual(['Sara Karimi']);

    const csv = await exportCsv(backend, {
      entity: 'account',
      columns: ['cf_region', 'cf_turnover', 'cf_products_of_interest'],
      sort: { field: 'display_name', dir: 'asc' },
    });
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFName,Region,Turnover,Products of interest',
      'Caspian Bank,Tehran,1250000.75,Loans; Cards',
      'Corner Shop,North,,',
    ]);

    const hits = await backend.ok('search.global', { text: 'relationship manager' });
    expect(hits).toEqual([{ entity: 'account', items: [expect.objectContaining({ name: 'Caspian Bank' })] }]);
    const quick = await backend.ok('records.list', { entity: 'account', quickFind: 'personal' });
    expect(quick.rows.map((r) => r.display_name)).toEqual(['Caspian Bank']);
  });

  it('refuses bad definitions with clear messages and saves nothing', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    await backend.ok('customization.addField', {
      entity: 'account',
      name: 'Region',
      type: 'text',
      labels: { en: 'R' },
    });
    const bad: [object, [string, string][]][] = [
      [{ name: 'industry', type: 'text' }, [['name', 'customization.error.name_clash_builtin']]],
      [{ name: 'EMAIL', type: 'text' }, [['name', 'customization.error.name_clash_builtin']]],
      [{ name: 'region', type: 'text' }, [['name', 'customization.error.name_clash_custom']]],
      [{ name: 'select', type: 'text' }, [['name', 'customization.error.name_keyword']]],
      [{ name: 'bad-name', type: 'text' }, [['name', 'customization.error.name_invalid']]],
      [{ name: 'created_at', type: 'text' }, [['name', 'customization.error.name_reserved']]],
      [{ name: 'tier', type: 'choice', choices: [] }, [['choices', 'customization.error.no_choices']]],
      [{ name: 'tier', type: 'multichoice' }, [['choices', 'customization.error.no_choices']]],
      [{ name: 'partner', type: 'lookup' }, [['target', 'customization.error.no_target']]],
      [{ name: 'partner', type: 'lookup', target: 'planet' }, [['target', 'customization.error.no_target']]],
    ];
    for (const [input, issues] of bad) {
      const error = await backend.fail('customization.addField', { entity: 'account', labels: { en: 'X' }, ...input });
      expectIssues(error, issues);
    }
    expectIssues(
      await backend.fail('customization.addField', { entity: 'account', name: 'tier', type: 'text', labels: {} }),
      [['labels', 'customization.error.no_label']],
    );
    const db = peek(dataDir);
    expect(count(db, 'custom_field')).toBe(1);
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('account') as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns.filter((c) => c.startsWith('cf_'))).toEqual(['cf_region']);
  });

  it('hides a field without losing its values, and everything survives closing and reopening the file', async () => {
    const dataDir = tempDataDir();
    let backend = openBackend(dataDir);
    await addSeedFields(backend);
    await backend.ok('customization.addField', {
      entity: 'account',
      name: 'partner',
      type: 'lookup',
      target: 'account',
      labels: { en: 'Partner' },
    });
    const partner = await backend.ok('records.create', { entity: 'account', values: { name: 'Partner Co' } });
    const bank = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Caspian Bank', cf_region: 'south', cf_loyalty_reason: 'Low fees', cf_partner: partner.id },
    });
    expect(bank.lookups['cf_partner']).toEqual({ id: partner.id, name: 'Partner Co' });
    backend.close();

    backend = openBackend(dataDir);
    const reopened = await backend.ok('records.get', { entity: 'account', id: bank.id });
    expect(reopened.values).toMatchObject({
      cf_region: 'south',
      cf_loyalty_reason: 'Low fees',
      cf_partner: partner.id,
    });

    const loyalty = (await backend.ok('customization.get')).fields.find((f) => f.name === 'cf_loyalty_reason')!;
    await backend.ok('customization.setFieldHidden', { id: loyalty.id, hidden: true });
    const hiddenView = await backend.ok('records.get', { entity: 'account', id: bank.id });
    expect(hiddenView.values).not.toHaveProperty('cf_loyalty_reason');
    expect(await backend.ok('search.global', { text: 'fees' })).toEqual([]);
    // Its name stays taken while hidden.
    expectIssues(
      await backend.fail('customization.addField', {
        entity: 'account',
        name: 'loyalty_reason',
        type: 'text',
        labels: { en: 'L' },
      }),
      [['name', 'customization.error.name_clash_custom']],
    );
    backend.close();

    backend = openBackend(dataDir);
    await backend.ok('customization.setFieldHidden', { id: loyalty.id, hidden: false });
    const shown = await backend.ok('records.get', { entity: 'account', id: bank.id });
    expect(shown.values).toMatchObject({ cf_loyalty_reason: 'Low fees' });
    expect((await backend.ok('search.global', { text: 'fees' })).map((g) => g.entity)).toEqual(['account']);
  });
});
