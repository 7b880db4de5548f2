import { describe, expect, it } from 'vitest';
import { expectIssues, openBackend, tempDataDir } from './helpers';
import { account, opportunity, salesBackend } from './sales-reports-fixtures';

/** Editable choice lists: lead sources and sales stages added, renamed, reordered and hidden by an administrator. */

const leadSourceValues = async (backend: ReturnType<typeof openBackend>) =>
  (await backend.ok('customization.get')).choiceLists.filter((o) => o.choiceSet === 'lead_source');

describe('lead sources', () => {
  it('adds and renames sources that leads then take, and keeps a hidden one on the leads that hold it', async () => {
    const dataDir = tempDataDir();
    let backend = openBackend(dataDir);
    const held = await backend.ok('records.create', {
      entity: 'lead',
      values: { topic: 'From a list', last_name: 'Listed', lead_source: 'purchased_list' },
    });
    const saved = await backend.ok('customization.saveChoiceList', {
      choiceSet: 'lead_source',
      options: [
        { labels: { en: 'Partner portal', ru: 'Портал партнёров', fa: 'درگاه شرکا' } },
        { value: 'website', labels: { en: 'Web form' } },
        ...['campaign', 'trade_show', 'social_media', 'pay_per_click', 'referral', 'other'].map((value) => ({
          value,
          labels: {},
        })),
        { value: 'purchased_list', labels: {}, hidden: true },
      ],
    });
    expect(saved.choiceLists.filter((o) => o.choiceSet === 'lead_source').map((o) => [o.value, o.hidden])).toEqual([
      ['cc_partner_portal', false],
      ['website', false],
      ['campaign', false],
      ['trade_show', false],
      ['social_media', false],
      ['pay_per_click', false],
      ['referral', false],
      ['other', false],
      ['purchased_list', true],
    ]);
    const lead = await backend.ok('records.create', {
      entity: 'lead',
      values: { topic: 'Portal lead', last_name: 'Portal', lead_source: 'cc_partner_portal' },
    });
    expect(lead.values['lead_source']).toBe('cc_partner_portal');
    // The hidden source stays valid: the lead that holds it still saves.
    await backend.ok('records.update', { entity: 'lead', id: held.id, values: { topic: 'From a list, called' } });
    backend.close();

    // Reopened, the list is as saved and an opportunity takes the new source too.
    backend = openBackend(dataDir);
    expect((await leadSourceValues(backend)).map((o) => o.value)[0]).toBe('cc_partner_portal');
    const customer = await backend.ok('records.create', { entity: 'account', values: { name: 'Portal Co' } });
    const deal = await backend.ok('records.create', {
      entity: 'opportunity',
      values: { name: 'Portal deal', customer: `account:${customer.id}`, lead_source: 'cc_partner_portal' },
    });
    expect(deal.values['lead_source']).toBe('cc_partner_portal');
    const report = await backend.ok('salesReports.leadSources', {});
    expect(report.rows.map((r) => r.source)).toContain('cc_partner_portal');
    backend.close();
  });

  it('refuses a list that drops a value, a new value without a name, and hiding every value, saving nothing', async () => {
    const backend = openBackend(tempDataDir());
    expectIssues(
      await backend.fail('customization.saveChoiceList', {
        choiceSet: 'lead_source',
        options: [{ value: 'website', labels: {} }, { labels: { en: ' ' } }],
      }),
      [
        ['options.1.labels', 'choice_lists.error.label_required'],
        ...['campaign', 'trade_show', 'social_media', 'pay_per_click', 'purchased_list', 'referral', 'other'].map(
          (): [string, string] => ['options', 'choice_lists.error.value_missing'],
        ),
      ],
    );
    expect(await leadSourceValues(backend)).toEqual([]);
    const rejected = await backend.fail('records.create', {
      entity: 'lead',
      values: { topic: 'T', last_name: 'L', lead_source: 'cc_nothing' },
    });
    expect(rejected.issues?.[0]?.messageKey).toBe('validation.choice');
    backend.close();
  });

  it('is for administrators only', async () => {
    const backend = openBackend(tempDataDir());
    const user = await backend.ok('users.create', { name: 'Rep', email: 'rep@example.com', role: 'user' });
    await backend.ok('session.setCurrentUser', { userId: user.id });
    const error = await backend.fail('customization.saveChoiceList', {
      choiceSet: 'lead_source',
      options: [{ value: 'website', labels: { en: 'Web' } }],
    });
    expect(error.code).toBe('FORBIDDEN');
    backend.close();
  });
});

describe('sales stages', () => {
  it('adds a stage that opportunities move to, with a probability between its neighbours, in pipeline order', async () => {
    const backend = await salesBackend();
    await backend.ok('customization.saveChoiceList', {
      choiceSet: 'sales_stage',
      options: [
        { value: 'qualify', labels: { en: 'Discovery' } },
        { value: 'develop', labels: {} },
        { labels: { en: 'Demo', ru: 'Демонстрация', fa: 'نمایش' } },
        { value: 'propose', labels: {} },
        { value: 'close', labels: {} },
      ],
    });
    const settings = await backend.ok('sales.settings');
    expect(settings.stages).toEqual([
      { stage: 'qualify', probability: 10 },
      { stage: 'develop', probability: 40 },
      { stage: 'cc_demo', probability: 55 },
      { stage: 'propose', probability: 70 },
      { stage: 'close', probability: 90 },
    ]);
    const updated = await backend.ok('sales.updateSettings', { stages: [{ stage: 'cc_demo', probability: 60 }] });
    expect(updated.stages.map((s) => s.probability)).toEqual([10, 40, 60, 70, 90]);
    expectIssues(await backend.fail('sales.updateSettings', { stages: [{ stage: 'cc_nothing', probability: 5 }] }), [
      ['stages', 'sales.settings.unknown_stage'],
    ]);

    const acme = await account(backend, 'Acme');
    const id = await opportunity(backend, acme, { name: 'Demo deal' });
    const moved = await backend.ok('opportunities.moveStage', { id, stage: 'cc_demo' });
    expect(moved.values).toMatchObject({ sales_stage: 'cc_demo', probability: 60 });
    const pipeline = await backend.ok('salesReports.pipeline', {});
    expect(pipeline.columns.map((c) => c.stage)).toEqual(['qualify', 'develop', 'cc_demo', 'propose', 'close']);
    expect(pipeline.columns[2]?.cards.map((c) => c.id)).toEqual([id]);
    const funnel = await backend.ok('salesReports.funnel', {});
    expect(funnel.stages.map((s) => s.stage)).toEqual(['qualify', 'develop', 'cc_demo', 'propose', 'close']);
    backend.close();
  });

  it('refuses hiding a stage open opportunities are at; once they move on it hides, and new deals start at the first offered stage', async () => {
    const backend = await salesBackend();
    const acme = await account(backend, 'Acme');
    const id = await opportunity(backend, acme, { name: 'Early deal' });
    const stages = (hidden: boolean) => ({
      choiceSet: 'sales_stage' as const,
      options: [
        { value: 'qualify', labels: {}, hidden },
        { value: 'develop', labels: {} },
        { value: 'propose', labels: {} },
        { value: 'close', labels: {} },
      ],
    });
    expectIssues(await backend.fail('customization.saveChoiceList', stages(true)), [
      ['options.0', 'choice_lists.error.in_use_sales_stage'],
    ]);
    expect((await backend.ok('customization.get')).choiceLists).toEqual([]);
    await backend.ok('opportunities.moveStage', { id, stage: 'develop' });
    await backend.ok('customization.saveChoiceList', stages(true));
    expect((await backend.ok('sales.settings')).stages.map((s) => s.stage)).toEqual(['develop', 'propose', 'close']);
    const next = await opportunity(backend, acme, { name: 'Later deal' });
    expect((await backend.ok('records.get', { entity: 'opportunity', id: next })).values).toMatchObject({
      sales_stage: 'develop',
      probability: 40,
    });
    const refused = await backend.fail('opportunities.moveStage', { id: next, stage: 'qualify' });
    expect(refused.messageKey).toBe('sales.opportunity.unknown_stage');
    backend.close();
  });
});
