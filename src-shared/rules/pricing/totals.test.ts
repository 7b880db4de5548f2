import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceLine, type LineInput, type PricingContext } from './lines';
import { Dec, minorUnit, percentOf, sum } from './money';
import { baseCurrencyTotals, documentTotals, type DocumentTotals } from './totals';

const line = (amount: string, tax: string) => ({
  amount,
  tax,
  extendedAmount: new Dec(amount).plus(tax).toString(),
});

describe('document totals', () => {
  it('adds up detail, discount, freight and tax', () => {
    const totals = documentTotals(
      [line('100', '20'), line('50.5', '10.1')],
      { discountPercent: '10', discountAmount: '5', freight: '12.99' },
      'USD',
    );
    expect(totals).toEqual({
      ok: true,
      value: {
        detailAmount: '150.5',
        discountPercent: '10',
        discountAmount: '20.05',
        preFreightAmount: '130.45',
        freightAmount: '12.99',
        totalTax: '30.1',
        totalAmount: '173.54',
      },
    });
  });

  it('rounds the percentage discount half away from zero to the minor unit', () => {
    const totals = documentTotals([line('10.05', '0')], { discountPercent: '10' }, 'USD');
    expect(totals.ok && totals.value.discountAmount).toBe('1.01'); // 1.005
    const yen = documentTotals([line('1005', '0')], { discountPercent: '10' }, 'JPY');
    expect(yen.ok && yen.value.discountAmount).toBe('101'); // 100.5
  });

  it('has all zeros for a document without lines', () => {
    const totals = documentTotals([], {}, 'EUR');
    expect(totals.ok && totals.value.totalAmount).toBe('0');
  });

  it('refuses bad charges and a discount larger than the detail amount', () => {
    const keys = (charges: Parameters<typeof documentTotals>[1]) => {
      const result = documentTotals([line('100', '0')], charges, 'USD');
      return result.ok
        ? []
        : result.issues.map((i) => [i.path.join('.'), i.messageKey.replace('validation.pricing.', '')]);
    };
    expect(keys({ discountPercent: '101' })).toEqual([['discountPercent', 'percentage_over_100']]);
    expect(keys({ discountAmount: '100.01' })).toEqual([['discountAmount', 'discount_exceeds_amount']]);
    expect(keys({ discountPercent: '50', discountAmount: '50.01' })).toEqual([
      ['discountAmount', 'discount_exceeds_amount'],
    ]);
    expect(keys({ freight: '-1', discountAmount: 'x' })).toEqual([
      ['discountAmount', 'not_a_number'],
      ['freight', 'negative'],
    ]);
    expect(keys({ freight: '0.001' })).toEqual([['freight', 'too_many_decimals']]);
  });
});

describe('base-currency totals', () => {
  const totals: DocumentTotals = {
    detailAmount: '1000',
    discountPercent: '0',
    discountAmount: '100',
    preFreightAmount: '900',
    freightAmount: '10',
    totalTax: '182',
    totalAmount: '1092',
  };

  it('converts with the rate the document recorded (document units per base unit)', () => {
    expect(baseCurrencyTotals(totals, '90', 'USD')).toEqual({
      ok: true,
      value: {
        currency: 'USD',
        exchangeRate: '90',
        detailAmount: '11.11',
        discountAmount: '1.11',
        preFreightAmount: '10',
        freightAmount: '0.11',
        totalTax: '2.02',
        totalAmount: '12.13',
      },
    });
  });

  it('refuses a rate that is not a positive number and an unknown base currency', () => {
    for (const rate of ['0', '-2', 'abc'])
      expect(baseCurrencyTotals(totals, rate, 'USD')).toEqual({
        ok: false,
        issues: [{ path: ['exchangeRate'], messageKey: 'validation.pricing.exchange_rate' }],
      });
    expect(baseCurrencyTotals(totals, '1', 'ABC').ok).toBe(false);
  });
});

/** Random documents priced through the whole engine. */
const CURRENCIES = ['USD', 'EUR', 'RUB', 'GBP', 'JPY', 'IRR'] as const;
const decimal = (max: number, scale: number) =>
  fc.integer({ min: 0, max: max * 10 ** scale }).map((n) => new Dec(n).dividedBy(10 ** scale).toString());

function context(currency: string): PricingContext {
  return {
    currency,
    priceList: { currency },
    priceListItems: [
      { productId: 'p', unit: 'Each', method: 'markup_standard_cost', percent: '37.5', discountListId: 'v' },
      { productId: 'p', unit: 'Case', method: 'margin_current_cost', percent: '12.3' },
    ],
    products: new Map([
      [
        'p',
        {
          id: 'p',
          unitGroup: { baseUnit: 'Each', units: [{ name: 'Case', quantity: '12', of: 'Each' }] },
          defaultUnit: 'Each',
          currency,
          currentCost: '3.337',
          standardCost: '2.919',
          quantityDecimals: 3,
        },
      ],
    ]),
    discountLists: new Map([['v', { type: 'percentage', ranges: [{ begin: '5', end: '50', value: '3.3' }] }]]),
  };
}

const lineInput: fc.Arbitrary<LineInput> = fc.oneof(
  fc.record({
    kind: fc.constant('catalog' as const),
    productId: fc.constant('p'),
    unit: fc.constantFrom('Each', 'Case'),
    quantity: decimal(100, 3).filter((q) => q !== '0'),
    tax: fc.option(
      decimal(30, 3).map((percent) => ({ percent })),
      { nil: undefined },
    ),
  }),
  fc.record({
    kind: fc.constant('write_in' as const),
    name: fc.constant('Service'),
    quantity: decimal(40, 2).filter((q) => q !== '0'),
    pricePerUnit: decimal(5000, 0),
    tax: fc.option(
      decimal(25, 2).map((percent) => ({ percent })),
      { nil: undefined },
    ),
  }),
);

describe('totals always add up (property)', () => {
  it('sum of line amounts - discount + freight + tax is the total, exactly, in both currencies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.array(lineInput, { minLength: 0, maxLength: 25 }),
        decimal(100, 2),
        decimal(500, 0),
        fc.integer({ min: 1, max: 1_000_000 }).map((n) => new Dec(n).dividedBy(1000).toString()),
        (currency, inputs, discountPercent, freight, rate) => {
          const priced = inputs.map((input) => priceLine(input, context(currency)));
          const lines = priced.flatMap((result) => (result.ok ? [result.value] : []));
          expect(lines).toHaveLength(inputs.length);
          for (const l of lines) {
            // Each line adds up: base - volume - manual = amount; amount + tax = extended.
            expect(new Dec(l.baseAmount).minus(l.volumeDiscount).minus(l.manualDiscount).equals(l.amount)).toBe(true);
            expect(new Dec(l.amount).plus(l.tax).equals(l.extendedAmount)).toBe(true);
          }
          const result = documentTotals(lines, { discountPercent, freight }, currency);
          if (!result.ok) throw new Error(JSON.stringify(result.issues));
          const t = result.value;
          const extended = sum(lines.map((l) => new Dec(l.extendedAmount)));
          expect(extended.minus(t.discountAmount).plus(t.freightAmount).equals(t.totalAmount)).toBe(true);
          expect(
            new Dec(t.detailAmount)
              .minus(t.discountAmount)
              .plus(t.freightAmount)
              .plus(t.totalTax)
              .equals(t.totalAmount),
          ).toBe(true);
          expect(new Dec(t.preFreightAmount).plus(t.freightAmount).plus(t.totalTax).equals(t.totalAmount)).toBe(true);

          const base = baseCurrencyTotals(t, rate, 'EUR');
          if (!base.ok) throw new Error(JSON.stringify(base.issues));
          const b = base.value;
          expect(
            new Dec(b.detailAmount)
              .minus(b.discountAmount)
              .plus(b.freightAmount)
              .plus(b.totalTax)
              .equals(b.totalAmount),
          ).toBe(true);
          // Four amounts are each rounded once: the base total is within two cents of the converted total.
          const converted = new Dec(t.totalAmount).dividedBy(rate);
          expect(converted.minus(b.totalAmount).abs().lte(new Dec('0.02'))).toBe(true);
        },
      ),
    );
  });

  it('rounding moves a total by at most the minor unit per line', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.array(lineInput, { minLength: 1, maxLength: 25 }),
        decimal(100, 2),
        (currency, inputs, discountPercent) => {
          const ctx = context(currency);
          const lines = inputs.map((input) => {
            const result = priceLine(input, ctx);
            if (!result.ok) throw new Error(JSON.stringify(result.issues));
            return { input, line: result.value };
          });
          // The unrounded document: price x quantity less the exact volume discount, tax on each line's amount.
          const exactDetail = sum(
            lines.map(({ line }) => {
              const base = new Dec(line.pricePerUnit).times(line.quantity);
              const volume = line.volumeDiscount === '0' ? new Dec(0) : percentOf(base, '3.3');
              return base.minus(volume).minus(line.manualDiscount);
            }),
          );
          const exactTax = sum(
            lines.map(({ input, line }) =>
              input.tax && 'percent' in input.tax ? percentOf(new Dec(line.amount), input.tax.percent) : new Dec(0),
            ),
          );
          const result = documentTotals(
            lines.map(({ line }) => line),
            { discountPercent },
            currency,
          );
          if (!result.ok) throw new Error(JSON.stringify(result.issues));
          const t = result.value;
          const unit = minorUnit(currency);
          // Each line's amount and tax are rounded once (at most half a unit each); the document discount once.
          expect(new Dec(t.detailAmount).minus(exactDetail).abs().lte(unit.times(lines.length).dividedBy(2))).toBe(
            true,
          );
          expect(new Dec(t.totalTax).minus(exactTax).abs().lte(unit.times(lines.length).dividedBy(2))).toBe(true);
          const exactTotal = exactDetail.minus(percentOf(exactDetail, discountPercent)).plus(exactTax);
          expect(
            new Dec(t.totalAmount)
              .minus(exactTotal)
              .abs()
              .lte(unit.times(lines.length + 1)),
          ).toBe(true);
        },
      ),
    );
  });
});
