import Decimal from 'decimal.js';
import { fail, issue, ok, type PricingIssue, type PricingResult } from './issues';
import { checkCurrency, Dec, isIssue, percentOf, readDecimal, roundMoney } from './money';
import type { PricingMethod, RoundingPolicy } from './methods';
import { baseFactor, type UnitGroup } from './units';

/** What a catalog product brings to pricing. Its amounts are per its default unit, in its currency. */
export interface PricedProduct {
  readonly id: string;
  readonly unitGroup: UnitGroup;
  readonly defaultUnit: string;
  readonly currency: string;
  readonly listPrice?: string | null;
  readonly currentCost?: string | null;
  readonly standardCost?: string | null;
  /** Decimals a quantity of this product may have (0: whole quantities only). */
  readonly quantityDecimals: number;
  /**
   * A bundle priced from its components: its price per default unit is the
   * sum of each component's price-list price times its quantity. A bundle
   * priced at its own price has no `bundle` here and is priced like any product.
   */
  readonly bundle?: {
    readonly components: readonly { readonly productId: string; readonly unit: string; readonly quantity: string }[];
  };
}

export { PRICING_METHODS, ROUNDING_POLICIES, type PricingMethod, type RoundingPolicy } from './methods';

export interface PriceList {
  readonly currency: string;
  /** First and last day the list applies (YYYY-MM-DD, both inclusive); absent for open-ended. */
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

export interface PriceListItem {
  readonly productId: string;
  readonly unit: string;
  readonly method: PricingMethod;
  /** The price, for `currency_amount`. */
  readonly amount?: string | null;
  /** The percentage, for every other method. */
  readonly percent?: string | null;
  readonly rounding?: { readonly policy: RoundingPolicy; readonly amount?: string | null } | null;
  readonly discountListId?: string | null;
}

/** Problems with a price list's own fields: an unknown currency, an end before the start. */
export function validatePriceList(list: PriceList): PricingIssue[] {
  const issues = checkCurrency(list.currency, ['currency']);
  if (list.validFrom && list.validTo && list.validTo < list.validFrom)
    issues.push(issue(['validTo'], 'price_list_dates'));
  return issues;
}

/** Why the list does not apply on `date` (YYYY-MM-DD), or nothing when it does. */
export function checkPriceListValidity(list: PriceList, date: string): PricingIssue[] {
  if (list.validFrom && date < list.validFrom)
    return [issue(['priceList'], 'price_list_not_yet_valid', { date: list.validFrom, on: date })];
  if (list.validTo && date > list.validTo)
    return [issue(['priceList'], 'price_list_expired', { date: list.validTo, on: date })];
  return [];
}

/** The item for the product in the unit; a product priced per Each is not thereby priced per Case. */
export function findPriceListItem(
  items: readonly PriceListItem[],
  productId: string,
  unit: string,
): PriceListItem | undefined {
  return items.find((item) => item.productId === productId && item.unit === unit);
}

const COST_FIELD = {
  percent_of_list: ['listPrice', 'list_price_missing'],
  markup_current_cost: ['currentCost', 'current_cost_missing'],
  margin_current_cost: ['currentCost', 'current_cost_missing'],
  markup_standard_cost: ['standardCost', 'standard_cost_missing'],
  margin_standard_cost: ['standardCost', 'standard_cost_missing'],
} as const;

/**
 * Applies a price list's rounding policy: to a multiple of `amount` (0.05,
 * 10), upwards, downwards or to the nearest one (halves away from zero).
 */
export function applyRoundingPolicy(price: Dec, policy: RoundingPolicy, amount: Dec): Dec {
  if (policy === 'none') return price;
  const mode = { up: Decimal.ROUND_CEIL, down: Decimal.ROUND_FLOOR, nearest: Decimal.ROUND_HALF_UP }[policy];
  return price.dividedBy(amount).toDecimalPlaces(0, mode).times(amount);
}

/**
 * The price per unit of `product` in the item's unit, in the list's
 * currency: the item's method on the product's amounts (converted from its
 * default unit to the item's unit), then the item's rounding policy, then
 * THE money rounding (money.ts). Bad input comes back as issues.
 */
export function priceFromItem(product: PricedProduct, item: PriceListItem, list: PriceList): PricingResult<Dec> {
  const currencyIssues = checkCurrency(list.currency, ['priceList', 'currency']);
  if (currencyIssues.length > 0) return fail(currencyIssues);
  const raw = rawPrice(product, item, list);
  if (!raw.ok) return raw;
  const rounding = item.rounding ?? { policy: 'none' };
  let price = raw.value;
  if (rounding.policy !== 'none') {
    const amount = readDecimal(rounding.amount ?? '', ['rounding', 'amount']);
    if (isIssue(amount) || amount.isZero()) return fail([issue(['rounding', 'amount'], 'rounding_amount')]);
    price = applyRoundingPolicy(price, rounding.policy, amount);
  }
  return ok(roundMoney(price, list.currency));
}

function rawPrice(product: PricedProduct, item: PriceListItem, list: PriceList): PricingResult<Dec> {
  if (item.method === 'currency_amount') {
    const amount = readDecimal(item.amount ?? '', ['amount']);
    return isIssue(amount) ? fail([amount]) : ok(amount);
  }
  const percent = readDecimal(item.percent ?? '', ['percent']);
  if (isIssue(percent)) return fail([percent]);
  if (product.currency !== list.currency)
    return fail([
      issue(['priceList', 'currency'], 'product_currency', {
        currency: list.currency,
        productCurrency: product.currency,
      }),
    ]);
  const [field, missingKey] = COST_FIELD[item.method];
  const stored = product[field];
  const base = stored ? readDecimal(stored, ['product', field]) : issue(['product', field], missingKey);
  if (isIssue(base)) return fail([base]);
  // The product's amounts are per its default unit: a Case costs 12/1 as much as an Each.
  const itemFactor = baseFactor(product.unitGroup, item.unit);
  if (!itemFactor.ok) return fail([issue(['unit'], 'unknown_unit', { unit: item.unit })]);
  const defaultFactor = baseFactor(product.unitGroup, product.defaultUnit);
  if (!defaultFactor.ok)
    return fail([issue(['product', 'defaultUnit'], 'unknown_unit', { unit: product.defaultUnit })]);
  const perUnit = base.times(itemFactor.value).dividedBy(defaultFactor.value);
  switch (item.method) {
    case 'percent_of_list':
      return ok(percentOf(perUnit, percent));
    case 'markup_current_cost':
    case 'markup_standard_cost':
      return ok(perUnit.plus(percentOf(perUnit, percent)));
    case 'margin_current_cost':
    case 'margin_standard_cost':
      // Margin is a share of the price: price = cost / (1 - margin), so it must stay below 100%.
      if (percent.gte(100)) return fail([issue(['percent'], 'margin_too_high')]);
      return ok(perUnit.times(100).dividedBy(new Dec(100).minus(percent)));
  }
}
