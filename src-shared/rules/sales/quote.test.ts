import { describe, expect, it } from 'vitest';
import {
  activateQuote,
  checkQuoteEdit,
  closeQuote,
  loseQuote,
  QUOTE_STATUSES,
  reviseQuote,
  winQuote,
  type QuoteStatus,
} from './quote';

const quote = (status: QuoteStatus) => ({ status, quote_number: 'Q-2026-00007', revision: 2 });
const key = (r: { ok: boolean; issue?: { messageKey: string } }) => (r.ok ? null : r.issue?.messageKey);

describe('quote lifecycle', () => {
  it('activates only a draft', () => {
    expect(activateQuote(quote('draft'))).toEqual({ ok: true, changes: { status: 'active', status_reason: null } });
    for (const status of QUOTE_STATUSES.filter((s) => s !== 'draft'))
      expect(key(activateQuote(quote(status))), status).toBe('sales.quote.activate_only_draft');
  });

  it('lets only a draft be edited; an active quote is locked', () => {
    expect(checkQuoteEdit(quote('draft')).ok).toBe(true);
    expect(key(checkQuoteEdit(quote('active')))).toBe('sales.quote.locked');
    for (const status of ['won', 'lost', 'closed'] as const)
      expect(key(checkQuoteEdit(quote(status)))).toBe('sales.quote.closed');
  });

  it('loses only an active quote', () => {
    expect(loseQuote(quote('active'))).toEqual({ ok: true, changes: { status: 'lost', status_reason: null } });
    for (const status of ['draft', 'won', 'lost', 'closed'] as const)
      expect(key(loseQuote(quote(status)))).toBe('sales.quote.lose_only_active');
  });

  it('closes a draft or active quote as canceled, not one already closed', () => {
    for (const status of ['draft', 'active'] as const)
      expect(closeQuote(quote(status))).toEqual({ ok: true, changes: { status: 'closed', status_reason: 'canceled' } });
    for (const status of ['won', 'lost', 'closed'] as const)
      expect(key(closeQuote(quote(status)))).toBe('sales.quote.already_closed');
  });

  it('revises an active quote into a new draft with the same number and the next revision', () => {
    expect(reviseQuote(quote('active'))).toEqual({
      ok: true,
      changes: {
        original: { status: 'closed', status_reason: 'revised' },
        revision: { status: 'draft', status_reason: null, quote_number: 'Q-2026-00007', revision: 3 },
      },
    });
  });

  it('revises a lost or closed quote without changing it', () => {
    for (const status of ['lost', 'closed'] as const) {
      const result = reviseQuote(quote(status));
      expect(result.ok && result.changes.original).toEqual({});
      expect(result.ok && result.changes.revision.revision).toBe(3);
    }
  });

  it('refuses to revise a draft or a won quote', () => {
    expect(key(reviseQuote(quote('draft')))).toBe('sales.quote.revise_draft');
    expect(key(reviseQuote(quote('won')))).toBe('sales.quote.revise_won');
  });
});

describe('winning a quote', () => {
  const lines = [
    { product_id: 'p1', quantity: '2', price_per_unit: '10' },
    { product_id: null, write_in: 'Setup', quantity: '1', price_per_unit: '99.5' },
  ];
  const active = {
    id: 'quote-1',
    status: 'active' as const,
    opportunity_id: 'opp-1',
    customer: 'account:acc-1',
    currency: 'EUR',
    exchange_rate: '1.08',
    freight_amount: '15',
    lines,
  };

  it('creates an order carrying the quote’s values and every line, and offers to close the opportunity', () => {
    const result = winQuote(active);
    expect(result).toEqual({
      ok: true,
      changes: {
        quote: { status: 'won', status_reason: null },
        order: {
          quote_id: 'quote-1',
          opportunity_id: 'opp-1',
          customer: 'account:acc-1',
          currency: 'EUR',
          exchange_rate: '1.08',
          freight_amount: '15',
          lines,
        },
        offerToCloseOpportunityId: 'opp-1',
      },
    });
    // The order's lines are copies: editing them later leaves the quote's lines as quoted.
    expect(result.ok && result.changes.order.lines[0]).not.toBe(lines[0]);
  });

  it('offers nothing to close when the quote has no opportunity', () => {
    const result = winQuote({ ...active, opportunity_id: null });
    expect(result.ok && result.changes.offerToCloseOpportunityId).toBe(null);
  });

  it('refuses to convert a lost quote, and to win one that is not active', () => {
    expect(winQuote({ ...active, status: 'lost' })).toEqual({
      ok: false,
      issue: { messageKey: 'sales.quote.convert_lost', params: {} },
    });
    for (const status of ['draft', 'won', 'closed'] as const)
      expect(key(winQuote({ ...active, status }))).toBe('sales.quote.win_only_active');
  });
});
