import { describe, expect, it } from 'vitest';
import { Dec, toDecimalString } from './money';
import {
  applyRoundingPolicy,
  checkPriceListValidity,
  findPriceListItem,
  priceFromItem,
  validatePriceList,
  type PriceList,
  type PriceListItem,
  type PricedProduct,
} from './price-list';

const WIDGET: PricedProduct = {
  id: 'widget',
  unitGroup: { baseUnit: 'Each', units: [{ name: 'Case', quantity: '12', of: 'Each' }] },
  defaultUnit: 'Each',
  currency: 'USD',
  listPrice: '10',
  currentCost: '6',
  standardCost: '5',
  quantityDecimals: 0,
};
const USD: PriceList = { currency: 'USD', validFrom: '2026-01-01', validTo: '2026-12-31' };

function price(item: Partial<PriceListItem>, product = WIDGET, list = USD) {
  const result = priceFromItem(
    product,
    { productId: 'widget', unit: 'Each', method: 'currency_amount', ...item },
    list,
  );
  return result.ok
    ? toDecimalString(result.value)
    : result.issues.map((i) => i.messageKey.replace('validation.pricing.', ''));
}

describe('pricing methods', () => {
  it('currency amount is the price itself', () => {
    expect(price({ amount: '12.5' })).toBe('12.5');
  });

  it('percent of list price', () => {
    expect(price({ method: 'percent_of_list', percent: '90' })).toBe('9');
    expect(price({ method: 'percent_of_list', percent: '33.333' })).toBe('3.33');
  });

  it('markup over current and standard cost', () => {
    expect(price({ method: 'markup_current_cost', percent: '50' })).toBe('9');
    expect(price({ method: 'markup_standard_cost', percent: '50' })).toBe('7.5');
  });

  it('margin of current and standard cost: the margin is a share of the price', () => {
    expect(price({ method: 'margin_current_cost', percent: '25' })).toBe('8');
    expect(price({ method: 'margin_standard_cost', percent: '20' })).toBe('6.25');
    expect(price({ method: 'margin_standard_cost', percent: '0' })).toBe('5');
    expect(price({ method: 'margin_standard_cost', percent: '100' })).toEqual(['margin_too_high']);
    expect(price({ method: 'margin_standard_cost', percent: '150' })).toEqual(['margin_too_high']);
  });

  it('converts the product amounts from its default unit to the item unit', () => {
    expect(price({ unit: 'Case', method: 'percent_of_list', percent: '80' })).toBe('96');
    expect(price({ unit: 'Case', method: 'markup_current_cost', percent: '10' })).toBe('79.2');
    expect(price({ unit: 'Box', method: 'percent_of_list', percent: '80' })).toEqual(['unknown_unit']);
    const perCase = { ...WIDGET, defaultUnit: 'Case', listPrice: '120' };
    expect(price({ method: 'percent_of_list', percent: '100' }, perCase)).toBe('10');
  });

  it('rounds the price to the currency minor unit, half away from zero', () => {
    expect(price({ method: 'markup_standard_cost', percent: '10.1' })).toBe('5.51');
    expect(price({ method: 'percent_of_list', percent: '12.35' })).toBe('1.24');
    const yen = { ...WIDGET, currency: 'JPY', listPrice: '1005' };
    expect(price({ method: 'percent_of_list', percent: '50' }, yen, { currency: 'JPY' })).toBe('503');
  });

  it('refuses missing amounts, bad numbers and another currency', () => {
    expect(price({ amount: null })).toEqual(['not_a_number']);
    expect(price({ amount: '-1' })).toEqual(['negative']);
    expect(price({ method: 'percent_of_list', percent: 'ten' })).toEqual(['not_a_number']);
    expect(price({ method: 'percent_of_list', percent: '90' }, { ...WIDGET, listPrice: null })).toEqual([
      'list_price_missing',
    ]);
    expect(price({ method: 'markup_current_cost', percent: '1' }, { ...WIDGET, currentCost: '' })).toEqual([
      'current_cost_missing',
    ]);
    expect(price({ method: 'margin_standard_cost', percent: '1' }, { ...WIDGET, standardCost: undefined })).toEqual([
      'standard_cost_missing',
    ]);
    expect(price({ method: 'percent_of_list', percent: '90' }, WIDGET, { currency: 'EUR' })).toEqual([
      'product_currency',
    ]);
    expect(price({ amount: '1' }, WIDGET, { currency: 'ZZZ' })).toEqual(['unknown_currency']);
  });
});

describe('rounding policies', () => {
  const round = (value: string, policy: 'none' | 'up' | 'down' | 'nearest', amount: string) =>
    toDecimalString(applyRoundingPolicy(new Dec(value), policy, new Dec(amount)));

  it('rounds to a multiple of the amount', () => {
    expect(round('1.23', 'none', '0.05')).toBe('1.23');
    expect(round('1.23', 'up', '0.05')).toBe('1.25');
    expect(round('1.25', 'up', '0.05')).toBe('1.25');
    expect(round('1.23', 'down', '0.05')).toBe('1.2');
    expect(round('1.22', 'nearest', '0.05')).toBe('1.2');
    expect(round('1.225', 'nearest', '0.05')).toBe('1.25');
    expect(round('1.23', 'nearest', '0.05')).toBe('1.25');
    expect(round('1234', 'nearest', '100')).toBe('1200');
    expect(round('1250', 'nearest', '100')).toBe('1300');
  });

  it('is applied by the price list item before the currency rounding', () => {
    expect(price({ amount: '9.87', rounding: { policy: 'nearest', amount: '0.05' } })).toBe('9.85');
    expect(price({ amount: '9.81', rounding: { policy: 'up', amount: '1' } })).toBe('10');
    expect(price({ amount: '9.81', rounding: { policy: 'down', amount: '0.25' } })).toBe('9.75');
    expect(price({ amount: '9.81', rounding: { policy: 'nearest', amount: '0' } })).toEqual(['rounding_amount']);
    expect(price({ amount: '9.81', rounding: { policy: 'up' } })).toEqual(['rounding_amount']);
  });
});

describe('price lists', () => {
  it('apply from their first to their last day', () => {
    expect(checkPriceListValidity(USD, '2026-01-01')).toEqual([]);
    expect(checkPriceListValidity(USD, '2026-12-31')).toEqual([]);
    expect(checkPriceListValidity(USD, '2025-12-31')).toEqual([
      {
        path: ['priceList'],
        messageKey: 'validation.pricing.price_list_not_yet_valid',
        params: { date: '2026-01-01', on: '2025-12-31' },
      },
    ]);
    expect(checkPriceListValidity(USD, '2027-01-01')[0]?.messageKey).toBe('validation.pricing.price_list_expired');
    expect(checkPriceListValidity({ currency: 'USD' }, '1999-01-01')).toEqual([]);
  });

  it('refuse an end before the start and an unknown currency', () => {
    expect(validatePriceList(USD)).toEqual([]);
    expect(validatePriceList({ currency: 'QQQ', validFrom: '2026-02-01', validTo: '2026-01-31' })).toEqual([
      { path: ['currency'], messageKey: 'validation.pricing.unknown_currency', params: { currency: 'QQQ' } },
      { path: ['validTo'], messageKey: 'validation.pricing.price_list_dates' },
    ]);
  });

  it('find the item of a product in a unit', () => {
    const items: PriceListItem[] = [
      { productId: 'widget', unit: 'Each', method: 'currency_amount', amount: '10' },
      { productId: 'widget', unit: 'Case', method: 'currency_amount', amount: '100' },
    ];
    expect(findPriceListItem(items, 'widget', 'Case')?.amount).toBe('100');
    expect(findPriceListItem(items, 'gadget', 'Each')).toBeUndefined();
  });
});
