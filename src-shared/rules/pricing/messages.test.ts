import { describe, expect, it } from 'vitest';
import { CATALOGS, messageAt } from '../../i18n';
import { validateDiscountList } from './discounts';
import type { PricingIssue } from './issues';
import { priceLine, type PricingContext } from './lines';
import { checkCurrency, readDecimal } from './money';
import { checkPriceListValidity, priceFromItem, validatePriceList } from './price-list';
import { baseCurrencyTotals, documentTotals } from './totals';
import { validateUnitGroup } from './units';

/** Issues of many kinds, produced by the engine itself. */
function producedIssues(): PricingIssue[] {
  const group = { baseUnit: 'Each', units: [{ name: 'A', quantity: '0', of: 'B' }] };
  const product = { id: 'p', unitGroup: group, defaultUnit: 'Each', currency: 'USD', quantityDecimals: 0 };
  const context: PricingContext = {
    currency: 'USD',
    date: '2030-01-01',
    priceList: { currency: 'EUR', validTo: '2026-01-01' },
    priceListItems: [],
    products: new Map([['p', product]]),
    discountLists: new Map(),
  };
  const found: (PricingIssue | PricingIssue[])[] = [
    validateUnitGroup(group),
    validateUnitGroup({ baseUnit: 'E', units: [{ name: 'L', quantity: '1', of: 'L' }] }),
    validatePriceList({ currency: 'ZZZ', validFrom: '2026-02-01', validTo: '2026-01-01' }),
    checkPriceListValidity({ currency: 'USD', validFrom: '2031-01-01' }, '2030-01-01'),
    checkPriceListValidity({ currency: 'USD', validTo: '2029-01-01' }, '2030-01-01'),
    checkCurrency('QQQ', ['currency']),
    validateDiscountList({
      type: 'percentage',
      ranges: [
        { begin: '1', end: '5', value: '101' },
        { begin: '3', end: '2', value: '1' },
        { begin: '4', end: '9', value: '1' },
      ],
    }),
  ];
  for (const value of ['x', '-1', '0.001']) {
    const read = readDecimal(value, ['x'], { currency: 'USD' });
    if ('messageKey' in read) found.push(read);
  }
  const item = { productId: 'p', unit: 'Each' } as const;
  for (const result of [
    priceFromItem(product, { ...item, method: 'percent_of_list', percent: '1' }, { currency: 'USD' }),
    priceFromItem(product, { ...item, method: 'percent_of_list', percent: '1' }, { currency: 'EUR' }),
    priceFromItem(product, { ...item, method: 'markup_current_cost', percent: '1' }, { currency: 'USD' }),
    priceFromItem(product, { ...item, method: 'margin_standard_cost', percent: '1' }, { currency: 'USD' }),
    priceFromItem(
      { ...product, standardCost: '1' },
      { ...item, method: 'margin_standard_cost', percent: '100' },
      { currency: 'USD' },
    ),
    priceFromItem(
      product,
      { ...item, method: 'currency_amount', amount: '1', rounding: { policy: 'up' } },
      { currency: 'USD' },
    ),
    priceLine({ kind: 'catalog', productId: 'p', unit: 'Each', quantity: '0' }, context),
    priceLine({ kind: 'catalog', productId: 'p', unit: 'Each', quantity: '1.5' }, context),
    priceLine({ kind: 'catalog', productId: 'q', unit: 'Each', quantity: '1' }, context),
    priceLine({ kind: 'catalog', productId: 'p', unit: 'Each', quantity: '1' }, context),
    priceLine({ kind: 'catalog', productId: 'p', unit: 'Each', quantity: '1' }, { ...context, priceList: null }),
    priceLine(
      { kind: 'catalog', productId: 'p', unit: 'Each', quantity: '1' },
      { ...context, priceList: { currency: 'USD' } },
    ),
    priceLine(
      { kind: 'catalog', productId: 'p', unit: 'Each', quantity: '1' },
      { ...context, priceList: { currency: 'USD', validTo: '2026-01-01' } },
    ),
    priceLine({ kind: 'write_in', name: '', quantity: '1', pricePerUnit: '1', manualDiscount: '2' }, context),
    priceLine({ kind: 'write_in', name: 'x', quantity: '1', pricePerUnit: '1', manualDiscount: '2' }, context),
    documentTotals([], { discountPercent: '101' }, 'USD'),
    baseCurrencyTotals(
      {
        detailAmount: '0',
        discountPercent: '0',
        discountAmount: '0',
        preFreightAmount: '0',
        freightAmount: '0',
        totalTax: '0',
        totalAmount: '0',
      },
      '0',
      'USD',
    ),
  ])
    if (!result.ok) found.push([...result.issues]);
  return found.flat();
}

describe('pricing issue messages', () => {
  const issues = producedIssues();
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] ?? '');

  it('the engine produces most of its issue kinds from bad input', () => {
    expect(new Set(issues.map((i) => i.messageKey)).size).toBeGreaterThanOrEqual(25);
  });

  it('each issue has a message in every language, with every placeholder given', () => {
    for (const [lang, catalog] of Object.entries(CATALOGS))
      for (const found of issues) {
        const text = messageAt(catalog, found.messageKey);
        expect(text, `${lang}: ${found.messageKey}`).toBeTruthy();
        for (const name of placeholders(text ?? ''))
          expect(found.params?.[name], `${lang}: ${found.messageKey} needs ${name}`).toBeDefined();
      }
  });
});
