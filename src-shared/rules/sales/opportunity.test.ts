import { describe, expect, it } from 'vitest';
import {
  checkOpportunityEdit,
  closeAsLost,
  closeAsWon,
  DEFAULT_SALES_STAGE_SETTINGS,
  moveToStage,
  quotesToCloseWith,
  relationshipAfterWin,
  reopenOpportunity,
  SALES_STAGES,
  stageSettingsFor,
  validateSalesStageSettings,
  type OpportunityStatus,
} from './opportunity';

const opp = (status: OpportunityStatus, estimated_revenue: string | null = '12000.50') => ({
  status,
  estimated_revenue,
  sales_stage: 'propose',
});

describe('sales stages', () => {
  it('default to qualify, develop, propose and close with rising probabilities', () => {
    expect(DEFAULT_SALES_STAGE_SETTINGS.map((s) => s.stage)).toEqual([...SALES_STAGES]);
    const probabilities = DEFAULT_SALES_STAGE_SETTINGS.map((s) => s.probability);
    expect([...probabilities].sort((a, b) => a - b)).toEqual(probabilities);
    expect(validateSalesStageSettings(DEFAULT_SALES_STAGE_SETTINGS).ok).toBe(true);
  });

  it('are configuration: an edited list is used for the default probability', () => {
    const edited = [
      { stage: 'qualify', probability: 5 },
      { stage: 'negotiate', probability: 75 },
    ];
    expect(moveToStage(opp('open'), 'negotiate', edited)).toEqual({
      ok: true,
      changes: { sales_stage: 'negotiate', probability: 75 },
    });
    expect(moveToStage(opp('open'), 'develop', edited)).toEqual({
      ok: false,
      issue: { messageKey: 'sales.opportunity.unknown_stage', params: { stage: 'develop' } },
    });
  });

  it('refuse an edited list that is empty, repeats a stage or has a bad probability', () => {
    const key = (r: ReturnType<typeof validateSalesStageSettings>) => (r.ok ? null : r.issue.messageKey);
    expect(key(validateSalesStageSettings([]))).toBe('sales.opportunity.stages_empty');
    expect(key(validateSalesStageSettings([{ stage: ' ', probability: 1 }]))).toBe(
      'sales.opportunity.stage_name_required',
    );
    expect(
      validateSalesStageSettings([
        { stage: 'a', probability: 1 },
        { stage: 'a', probability: 2 },
      ]),
    ).toEqual({ ok: false, issue: { messageKey: 'sales.opportunity.stage_duplicate', params: { stage: 'a' } } });
    for (const probability of [-1, 101, 12.5])
      expect(key(validateSalesStageSettings([{ stage: 'a', probability }]))).toBe(
        'sales.opportunity.probability_range',
      );
  });

  it('cannot be changed on a closed opportunity', () => {
    expect(moveToStage(opp('won'), 'close').ok).toBe(false);
  });
});

describe('closing an opportunity', () => {
  it('wins with the actual revenue defaulting to the estimate', () => {
    expect(closeAsWon(opp('open'), { actualCloseDate: '2026-03-31' })).toEqual({
      ok: true,
      changes: {
        status: 'won',
        status_reason: 'won',
        actual_revenue: '12000.5',
        actual_close_date: '2026-03-31',
        probability: 100,
        competitor_id: null,
      },
    });
    const given = closeAsWon(opp('open'), { actualRevenue: '9000', actualCloseDate: '2026-03-31' });
    expect(given.ok && given.changes.actual_revenue).toBe('9000');
    const blank = closeAsWon(opp('open'), { actualRevenue: '', actualCloseDate: '2026-03-31' });
    expect(blank.ok && blank.changes.actual_revenue).toBe('12000.5');
    const none = closeAsWon(opp('open', null), { actualCloseDate: '2026-03-31' });
    expect(none.ok && none.changes.actual_revenue).toBe(null);
  });

  it('refuses to win without a close date, with a bad revenue, or when already closed', () => {
    const key = (r: ReturnType<typeof closeAsWon>) => (r.ok ? null : r.issue.messageKey);
    expect(key(closeAsWon(opp('open'), { actualCloseDate: '2026-02-30' }))).toBe(
      'sales.opportunity.close_date_required',
    );
    expect(key(closeAsWon(opp('open'), { actualRevenue: '-5', actualCloseDate: '2026-03-31' }))).toBe(
      'sales.opportunity.revenue_invalid',
    );
    expect(key(closeAsWon(opp('open'), { actualRevenue: 'lots', actualCloseDate: '2026-03-31' }))).toBe(
      'sales.opportunity.revenue_invalid',
    );
    expect(closeAsWon(opp('won'), { actualCloseDate: '2026-03-31' })).toEqual({
      ok: false,
      issue: { messageKey: 'sales.opportunity.closed', params: { status: 'won' } },
    });
    expect(key(closeAsWon(opp('lost'), { actualCloseDate: '2026-03-31' }))).toBe('sales.opportunity.closed');
  });

  it('loses with a reason and the competitor who won', () => {
    expect(
      closeAsLost(opp('open'), { reason: 'out_sold', actualCloseDate: '2026-04-01', competitorId: 'cmp-1' }),
    ).toEqual({
      ok: true,
      changes: {
        status: 'lost',
        status_reason: 'out_sold',
        actual_revenue: '0',
        actual_close_date: '2026-04-01',
        probability: 0,
        competitor_id: 'cmp-1',
      },
    });
    const canceled = closeAsLost(opp('open'), { reason: 'canceled', actualCloseDate: '2026-04-01' });
    expect(canceled.ok && canceled.changes.competitor_id).toBe(null);
  });

  it('refuses to lose without a known reason or when already closed', () => {
    const key = (r: ReturnType<typeof closeAsLost>) => (r.ok ? null : r.issue.messageKey);
    expect(key(closeAsLost(opp('open'), { reason: 'forgot', actualCloseDate: '2026-04-01' }))).toBe(
      'sales.opportunity.loss_reason_required',
    );
    expect(key(closeAsLost(opp('lost'), { reason: 'canceled', actualCloseDate: '2026-04-01' }))).toBe(
      'sales.opportunity.closed',
    );
  });

  it('makes a closed opportunity read-only except for its owner', () => {
    expect(checkOpportunityEdit(opp('won'), ['owner_id']).ok).toBe(true);
    expect(checkOpportunityEdit(opp('lost'), ['owner_id', 'estimated_revenue'])).toEqual({
      ok: false,
      issue: { messageKey: 'sales.opportunity.read_only', params: { field: 'estimated_revenue' } },
    });
    expect(checkOpportunityEdit(opp('open'), ['estimated_revenue', 'topic']).ok).toBe(true);
  });

  it('reopens a closed opportunity with its stage probability, and refuses an open one', () => {
    expect(reopenOpportunity(opp('won'))).toEqual({
      ok: true,
      changes: {
        status: 'open',
        status_reason: null,
        actual_revenue: null,
        actual_close_date: null,
        competitor_id: null,
        probability: 70,
      },
    });
    expect(reopenOpportunity(opp('open'))).toEqual({
      ok: false,
      issue: { messageKey: 'sales.opportunity.already_open', params: {} },
    });
  });

  it('turns a prospect into a customer on winning, and leaves other relationships', () => {
    expect(relationshipAfterWin('prospect')).toEqual({ relationship_type: 'customer' });
    expect(relationshipAfterWin(null)).toEqual({ relationship_type: 'customer' });
    expect(relationshipAfterWin('customer')).toBe(null);
    expect(relationshipAfterWin('partner')).toBe(null);
  });

  it('closes the draft and active quotes with it, not the won, lost or closed ones', () => {
    const quotes = ['draft', 'active', 'won', 'lost', 'closed'].map((status, i) => ({ id: `q${i}`, status }));
    expect(quotesToCloseWith(quotes).map((q) => q.id)).toEqual(['q0', 'q1']);
  });
});

describe('probabilities of an edited stage list', () => {
  it('keeps saved and built-in probabilities and puts a new stage midway between its neighbours', () => {
    expect(
      stageSettingsFor(
        ['qualify', 'cc_demo', 'develop', 'cc_legal', 'close', 'cc_signed'],
        [{ stage: 'develop', probability: 30 }],
      ),
    ).toEqual([
      { stage: 'qualify', probability: 10 },
      { stage: 'cc_demo', probability: 20 },
      { stage: 'develop', probability: 30 },
      { stage: 'cc_legal', probability: 60 },
      { stage: 'close', probability: 90 },
      { stage: 'cc_signed', probability: 95 },
    ]);
    expect(stageSettingsFor(['cc_first'], [])).toEqual([{ stage: 'cc_first', probability: 50 }]);
  });
});
