import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentTotals, priceLines, type LineInput, type PricedLine } from '../pricing';
import { reviseQuote, winQuote } from './quote';

/**
 * A conversion (quote -> order, a quote's revision) carries every line as
 * priced, so the new document adds up to exactly the old one's totals,
 * whatever the lines, discounts and freight.
 */

const amount = (max: number, scale: number) =>
  fc.integer({ min: 0, max: max * 10 ** scale }).map((n) => (n / 10 ** scale).toFixed(scale));

const writeIn: fc.Arbitrary<LineInput> = fc.record({
  kind: fc.constant('write_in' as const),
  name: fc.constantFrom('Service', 'Freight insurance', 'Setup'),
  quantity: fc.integer({ min: 1, max: 5000 }).map(String),
  pricePerUnit: amount(10_000, 2),
  manualDiscount: fc.constant('0'),
  tax: fc.option(
    fc.integer({ min: 0, max: 25 }).map((p) => ({ percent: String(p) })),
    { nil: null },
  ),
});

function totalsOf(lines: readonly PricedLine[], discountPercent: string, freight: string) {
  const totals = documentTotals(lines, { discountPercent, freight }, 'USD');
  if (!totals.ok) throw new Error('totals refused');
  return totals.value;
}

describe('conversions keep totals', () => {
  it('winning a quote gives an order with the same lines and the same totals', () => {
    fc.assert(
      fc.property(
        fc.array(writeIn, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 30 }).map(String),
        amount(500, 2),
        (inputs, discountPercent, freight) => {
          const priced = priceLines(inputs, {
            currency: 'USD',
            priceListItems: [],
            products: new Map(),
            discountLists: new Map(),
          });
          if (!priced.ok) return;
          const quote = {
            id: 'q',
            status: 'active' as const,
            opportunity_id: 'o',
            discount_percent: discountPercent,
            freight_amount: freight,
            lines: priced.value,
          };
          const won = winQuote(quote);
          expect(won.ok).toBe(true);
          if (!won.ok) return;
          const order = won.changes.order;
          expect(order.lines).toEqual(quote.lines);
          expect(order.lines).not.toBe(quote.lines);
          expect(
            totalsOf(order.lines as PricedLine[], String(order['discount_percent']), String(order['freight_amount'])),
          ).toEqual(totalsOf(quote.lines, discountPercent, freight));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a revision keeps the number and moves the revision on by one, whatever the closed status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('active' as const, 'lost' as const, 'closed' as const),
        fc.integer({ min: 0, max: 50 }),
        (status, revision) => {
          const result = reviseQuote({ status, quote_number: 'Q-2026-00042', revision });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.changes.revision).toEqual({
            status: 'draft',
            status_reason: null,
            quote_number: 'Q-2026-00042',
            revision: revision + 1,
          });
        },
      ),
    );
  });
});
