import { describe, expect, it } from 'vitest';
import type { DiscountList } from './discounts';
import { priceLine, priceLines, type LineInput, type PricingContext } from './lines';
import type { PricedProduct } from './price-list';

const GROUP = { baseUnit: 'Each', units: [{ name: 'Case', quantity: '12', of: 'Each' }] };
const WIDGET: PricedProduct = {
  id: 'widget',
  unitGroup: GROUP,
  defaultUnit: 'Each',
  currency: 'USD',
  listPrice: '10',
  currentCost: '6',
  standardCost: '5',
  quantityDecimals: 0,
};
const CABLE: PricedProduct = { ...WIDGET, id: 'cable', quantityDecimals: 2 };
const VOLUME: DiscountList = { type: 'percentage', ranges: [{ begin: '10', end: '99', value: '5' }] };
const PER_UNIT: DiscountList = { type: 'amount', ranges: [{ begin: '2', end: '1000', value: '1.5' }] };

const CONTEXT: PricingContext = {
  currency: 'USD',
  date: '2026-06-01',
  priceList: { currency: 'USD', validFrom: '2026-01-01', validTo: '2026-12-31' },
  priceListItems: [
    { productId: 'widget', unit: 'Each', method: 'currency_amount', amount: '10', discountListId: 'volume' },
    { productId: 'widget', unit: 'Case', method: 'percent_of_list', percent: '90', discountListId: 'per-unit' },
    { productId: 'cable', unit: 'Each', method: 'markup_current_cost', percent: '12.5' },
  ],
  products: new Map([
    ['widget', WIDGET],
    ['cable', CABLE],
  ]),
  discountLists: new Map([
    ['volume', VOLUME],
    ['per-unit', PER_UNIT],
  ]),
};

const widgets = (quantity: string, extra: Partial<LineInput> = {}): LineInput =>
  ({ kind: 'catalog', productId: 'widget', unit: 'Each', quantity, ...extra }) as LineInput;
const keys = (input: LineInput, context = CONTEXT) => {
  const result = priceLine(input, context);
  return result.ok ? [] : result.issues.map((i) => [i.path.join('.'), i.messageKey.replace('validation.pricing.', '')]);
};

describe('document lines', () => {
  it('prices a catalog product from the price list, without a volume discount below the first range', () => {
    expect(priceLine(widgets('3', { tax: { percent: '20' } }), CONTEXT)).toEqual({
      ok: true,
      value: {
        quantity: '3',
        pricePerUnit: '10',
        listedPrice: '10',
        priceOverridden: false,
        baseAmount: '30',
        volumeDiscount: '0',
        manualDiscount: '0',
        amount: '30',
        tax: '6',
        extendedAmount: '36',
      },
    });
  });

  it('applies the volume discount of the quantity, then the manual discount, then tax', () => {
    const line = priceLine(widgets('10', { manualDiscount: '2.5', tax: { percent: '7.25' } }), CONTEXT);
    expect(line.ok && line.value).toMatchObject({
      baseAmount: '100',
      volumeDiscount: '5',
      manualDiscount: '2.5',
      amount: '92.5',
      tax: '6.71', // 6.70625
      extendedAmount: '99.21',
    });
  });

  it('prices in the line unit, with an amount-per-unit volume discount', () => {
    const line = priceLine({ kind: 'catalog', productId: 'widget', unit: 'Case', quantity: '2' }, CONTEXT);
    expect(line.ok && line.value).toMatchObject({
      pricePerUnit: '108',
      baseAmount: '216',
      volumeDiscount: '3',
      amount: '213',
    });
  });

  it('rounds a fractional quantity amount half away from zero, once', () => {
    // 6.75 per metre x 1.33 m = 8.9775
    const line = priceLine({ kind: 'catalog', productId: 'cable', unit: 'Each', quantity: '1.33' }, CONTEXT);
    expect(line.ok && line.value).toMatchObject({ pricePerUnit: '6.75', baseAmount: '8.98', amount: '8.98' });
  });

  it('flags an overridden price and keeps the listed one beside it', () => {
    const line = priceLine(widgets('2', { priceOverride: '9.5' } as Partial<LineInput>), CONTEXT);
    expect(line.ok && line.value).toMatchObject({
      pricePerUnit: '9.5',
      listedPrice: '10',
      priceOverridden: true,
      amount: '19',
    });
    const same = priceLine(widgets('2', { priceOverride: '' } as Partial<LineInput>), CONTEXT);
    expect(same.ok && same.value.priceOverridden).toBe(false);
  });

  it('prices a write-in product from its own price and accepts a tax amount', () => {
    const line = priceLine(
      { kind: 'write_in', name: 'Installation', quantity: '1.5', pricePerUnit: '80', tax: { amount: '12' } },
      CONTEXT,
    );
    expect(line.ok && line.value).toMatchObject({ baseAmount: '120', amount: '120', tax: '12', extendedAmount: '132' });
    expect(line.ok && 'listedPrice' in line.value).toBe(false);
  });

  it('refuses zero, negative and fractional quantities where the product allows none', () => {
    expect(keys(widgets('0'))).toEqual([['quantity', 'quantity_not_positive']]);
    expect(keys(widgets('-2'))).toEqual([['quantity', 'quantity_not_positive']]);
    expect(keys(widgets('1.5'))).toEqual([['quantity', 'quantity_whole']]);
    expect(keys(widgets('many'))).toEqual([['quantity', 'not_a_number']]);
    const cable = { kind: 'catalog', productId: 'cable', unit: 'Each', quantity: '1.255' } as const;
    expect(priceLine(cable, CONTEXT)).toEqual({
      ok: false,
      issues: [{ path: ['quantity'], messageKey: 'validation.pricing.quantity_decimals', params: { max: 2 } }],
    });
  });

  it('refuses a product not in the price list, another currency and an expired list', () => {
    expect(keys({ kind: 'catalog', productId: 'cable', unit: 'Case', quantity: '1' })).toEqual([
      ['productId', 'not_in_price_list'],
    ]);
    expect(keys(widgets('1', { productId: 'gadget' } as Partial<LineInput>))).toEqual([
      ['productId', 'unknown_product'],
    ]);
    expect(keys(widgets('1', { unit: 'Pallet' } as Partial<LineInput>))).toEqual([['unit', 'unknown_unit']]);
    expect(keys(widgets('1'), { ...CONTEXT, priceList: { currency: 'EUR' } })).toEqual([
      ['priceList', 'currency_mismatch'],
    ]);
    expect(keys(widgets('1'), { ...CONTEXT, priceList: null })).toEqual([['priceList', 'no_price_list']]);
    expect(keys(widgets('1'), { ...CONTEXT, date: '2027-01-02' })).toEqual([['priceList', 'price_list_expired']]);
    expect(keys(widgets('1'), { ...CONTEXT, currency: 'XXQ' })).toEqual([['currency', 'unknown_currency']]);
  });

  it('refuses discounts larger than the line, sub-cent amounts and a nameless write-in', () => {
    expect(keys(widgets('1', { manualDiscount: '10.01' }))).toEqual([['manualDiscount', 'discount_exceeds_amount']]);
    expect(keys(widgets('1', { manualDiscount: '10' }))).toEqual([]);
    expect(keys(widgets('1', { manualDiscount: '0.001', tax: { amount: '-1' } }))).toEqual([
      ['manualDiscount', 'too_many_decimals'],
      ['tax.amount', 'negative'],
    ]);
    expect(keys({ kind: 'write_in', name: ' ', quantity: '1', pricePerUnit: '1.999' })).toEqual([
      ['name', 'write_in_name'],
      ['pricePerUnit', 'too_many_decimals'],
    ]);
  });

  it('reports issues of many lines under their index', () => {
    const result = priceLines([widgets('1'), widgets('0'), widgets('2')], CONTEXT);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([['lines', 1, 'quantity']]);
    const fine = priceLines([widgets('1'), widgets('2')], CONTEXT);
    expect(fine.ok && fine.value.map((l) => l.amount)).toEqual(['10', '20']);
  });
});
