import { volumeDiscountFor, type DiscountList } from './discounts';
import { fail, issue, ok, within, type PricingIssue, type PricingResult } from './issues';
import {
  checkCurrency,
  Dec,
  isIssue,
  parseDecimal,
  percentOf,
  readDecimal,
  roundMoney,
  toDecimalString,
} from './money';
import {
  checkPriceListValidity,
  priceFromItem,
  type PriceList,
  type PriceListItem,
  type PricedProduct,
} from './price-list';
import { baseFactor } from './units';

/** Tax of a line: a percentage of its amount, or an amount given as such. */
export type TaxInput = { readonly percent: string } | { readonly amount: string };

interface LineInputCommon {
  readonly quantity: string;
  readonly manualDiscount?: string | null;
  readonly tax?: TaxInput | null;
}

/** A catalog product, priced from the document's price list in the line's unit unless the price is overridden. */
export interface CatalogLineInput extends LineInputCommon {
  readonly kind: 'catalog';
  readonly productId: string;
  readonly unit: string;
  readonly priceOverride?: string | null;
}

/** A product that is not in the catalog: its name and price are typed on the line. */
export interface WriteInLineInput extends LineInputCommon {
  readonly kind: 'write_in';
  readonly name: string;
  readonly pricePerUnit: string;
}

export type LineInput = CatalogLineInput | WriteInLineInput;

/** What pricing a document's lines needs; the document is in `currency`. */
export interface PricingContext {
  readonly currency: string;
  /** The document's date (YYYY-MM-DD), checked against the price list's validity when given. */
  readonly date?: string | null;
  readonly priceList?: PriceList | null;
  readonly priceListItems: readonly PriceListItem[];
  readonly products: ReadonlyMap<string, PricedProduct>;
  readonly discountLists: ReadonlyMap<string, DiscountList>;
}

/** A priced line; every amount a canonical decimal string in the document's currency. */
export interface PricedLine {
  readonly quantity: string;
  readonly pricePerUnit: string;
  /** The price list's price, for catalog products (shown beside an overridden price). */
  readonly listedPrice?: string;
  readonly priceOverridden: boolean;
  /** Price per unit x quantity. */
  readonly baseAmount: string;
  readonly volumeDiscount: string;
  readonly manualDiscount: string;
  /** Base amount less both discounts: what the line adds to the document's detail amount. */
  readonly amount: string;
  readonly tax: string;
  /** Amount plus tax. */
  readonly extendedAmount: string;
}

/**
 * Prices one line. Rounding (money.ts): the price per unit is already in
 * minor units; the base amount and the amount after discounts are each
 * rounded once, and the volume discount is their difference less the manual
 * discount, so a line always adds up; the tax is rounded on the amount.
 */
export function priceLine(input: LineInput, context: PricingContext): PricingResult<PricedLine> {
  const { currency } = context;
  const currencyIssues = checkCurrency(currency, ['currency']);
  if (currencyIssues.length > 0) return fail(currencyIssues);
  const issues: PricingIssue[] = [];
  const quantity = readQuantity(input, context, issues);
  const manual = readDecimal(input.manualDiscount ?? '0', ['manualDiscount'], { currency });
  if (isIssue(manual)) issues.push(manual);
  const tax = input.tax ?? { amount: '0' };
  const taxValue =
    'percent' in tax
      ? readDecimal(tax.percent, ['tax', 'percent'])
      : readDecimal(tax.amount, ['tax', 'amount'], { currency });
  if (isIssue(taxValue)) issues.push(taxValue);
  const price = quantity ? readPrice(input, context, quantity, issues) : undefined;
  if (!quantity || !price || isIssue(manual) || isIssue(taxValue) || issues.length > 0) return fail(issues);

  const exactBase = price.perUnit.times(quantity);
  const baseAmount = roundMoney(exactBase, currency);
  // Zero discounts and taxes are common; skipping their arithmetic keeps big quotes fast.
  const afterVolume = !price.volume
    ? baseAmount
    : roundMoney(
        exactBase.minus(
          price.volume.type === 'percentage'
            ? percentOf(exactBase, price.volume.value)
            : price.volume.value.times(quantity),
        ),
        currency,
      );
  const amount = manual.isZero() ? afterVolume : afterVolume.minus(manual);
  if (afterVolume.isNegative() || amount.isNegative())
    return fail([issue(['manualDiscount'], 'discount_exceeds_amount')]);
  const taxAmount =
    'percent' in tax ? (taxValue.isZero() ? taxValue : roundMoney(percentOf(amount, taxValue), currency)) : taxValue;
  return ok({
    quantity: toDecimalString(quantity),
    pricePerUnit: toDecimalString(price.perUnit),
    ...(price.listed ? { listedPrice: toDecimalString(price.listed) } : {}),
    priceOverridden: price.overridden,
    baseAmount: toDecimalString(baseAmount),
    volumeDiscount: toDecimalString(baseAmount.minus(afterVolume)),
    manualDiscount: toDecimalString(manual),
    amount: toDecimalString(amount),
    tax: toDecimalString(taxAmount),
    extendedAmount: toDecimalString(amount.plus(taxAmount)),
  });
}

/** Prices every line; issues are under `['lines', index, ...]`. */
export function priceLines(inputs: readonly LineInput[], context: PricingContext): PricingResult<PricedLine[]> {
  const lines: PricedLine[] = [];
  const issues: PricingIssue[] = [];
  inputs.forEach((input, index) => {
    const result = priceLine(input, context);
    if (result.ok) lines.push(result.value);
    else issues.push(...within(['lines', index], result.issues));
  });
  return issues.length > 0 ? fail(issues) : ok(lines);
}

const itemKey = (productId: string, unit: string) => `${productId}\u0000${unit}`;

// A document's lines are priced against one price list: index its items once
// (the first item for a product and unit wins, as findPriceListItem does) and
// work each item's listed price out once per product and list.
const itemIndexes = new WeakMap<readonly PriceListItem[], ReadonlyMap<string, PriceListItem>>();

function itemIndex(items: readonly PriceListItem[]): ReadonlyMap<string, PriceListItem> {
  let index = itemIndexes.get(items);
  if (!index) {
    const built = new Map<string, PriceListItem>();
    for (const item of items) {
      const key = itemKey(item.productId, item.unit);
      if (!built.has(key)) built.set(key, item);
    }
    itemIndexes.set(items, built);
    index = built;
  }
  return index;
}

interface ListedPrice {
  readonly product: PricedProduct;
  readonly list: PriceList;
  readonly result: PricingResult<Dec>;
}

const listedPrices = new WeakMap<PriceListItem, ListedPrice>();

function listedPrice(product: PricedProduct, item: PriceListItem, list: PriceList): PricingResult<Dec> {
  const cached = listedPrices.get(item);
  if (cached && cached.product === product && cached.list === list) return cached.result;
  const result = priceFromItem(product, item, list);
  listedPrices.set(item, { product, list, result });
  return result;
}

/**
 * A component-priced bundle's price per `unit`: each component's price-list
 * price in its unit times its quantity, added up per the bundle's default
 * unit, then scaled to `unit` (a Case of bundles is 12 bundles).
 */
function bundlePrice(
  product: PricedProduct,
  unit: string,
  context: PricingContext,
  list: PriceList,
): PricingResult<Dec> {
  let total = new Dec(0);
  for (const component of product.bundle?.components ?? []) {
    const part = context.products.get(component.productId);
    const item = itemIndex(context.priceListItems).get(itemKey(component.productId, component.unit));
    const quantity = parseDecimal(component.quantity);
    if (!part || !item || !quantity)
      return fail([
        issue(['productId'], 'bundle_component_missing', { product: component.productId, unit: component.unit }),
      ]);
    const price = listedPrice(part, item, list);
    if (!price.ok) return price;
    total = total.plus(price.value.times(quantity));
  }
  const lineFactor = baseFactor(product.unitGroup, unit);
  const defaultFactor = baseFactor(product.unitGroup, product.defaultUnit);
  if (!lineFactor.ok || !defaultFactor.ok) return fail([issue(['unit'], 'unknown_unit', { unit })]);
  return ok(roundMoney(total.times(lineFactor.value).dividedBy(defaultFactor.value), list.currency));
}

function readQuantity(input: LineInput, context: PricingContext, issues: PricingIssue[]): Dec | undefined {
  const quantity = readDecimal(input.quantity, ['quantity'], { negative: true });
  if (isIssue(quantity)) return void issues.push(quantity);
  if (quantity.lte(0)) return void issues.push(issue(['quantity'], 'quantity_not_positive'));
  if (input.kind === 'catalog') {
    const product = context.products.get(input.productId);
    const max = product?.quantityDecimals ?? Infinity;
    if (quantity.decimalPlaces() > max)
      return void issues.push(issue(['quantity'], max === 0 ? 'quantity_whole' : 'quantity_decimals', { max }));
  }
  return quantity;
}

interface LinePrice {
  readonly perUnit: Dec;
  readonly listed?: Dec;
  readonly overridden: boolean;
  readonly volume?: { readonly type: DiscountList['type']; readonly value: Dec };
}

function readPrice(
  input: LineInput,
  context: PricingContext,
  quantity: Dec,
  issues: PricingIssue[],
): LinePrice | undefined {
  const { currency } = context;
  if (input.kind === 'write_in') {
    if (!input.name.trim()) issues.push(issue(['name'], 'write_in_name'));
    const price = readDecimal(input.pricePerUnit, ['pricePerUnit'], { currency });
    if (isIssue(price)) return void issues.push(price);
    return { perUnit: price, overridden: false };
  }
  const product = context.products.get(input.productId);
  if (!product) return void issues.push(issue(['productId'], 'unknown_product'));
  if (!baseFactor(product.unitGroup, input.unit).ok)
    return void issues.push(issue(['unit'], 'unknown_unit', { unit: input.unit }));
  const list = context.priceList;
  if (!list) return void issues.push(issue(['priceList'], 'no_price_list'));
  if (list.currency !== currency)
    return void issues.push(issue(['priceList'], 'currency_mismatch', { priceListCurrency: list.currency, currency }));
  if (context.date) {
    const validity = checkPriceListValidity(list, context.date);
    if (validity.length > 0) return void issues.push(...validity);
  }
  const item = itemIndex(context.priceListItems).get(itemKey(product.id, input.unit));
  let listed: PricingResult<Dec>;
  if (product.bundle) listed = bundlePrice(product, input.unit, context, list);
  else if (!item) return void issues.push(issue(['productId'], 'not_in_price_list', { unit: input.unit }));
  else listed = listedPrice(product, item, list);
  if (!listed.ok) return void issues.push(...within(['priceListItem'], listed.issues));
  // A bundle priced from its components takes a volume discount only from an item of its own, if it has one.
  const discountList = item?.discountListId ? context.discountLists.get(item.discountListId) : undefined;
  const volume = discountList ? volumeDiscountFor(discountList, quantity) : undefined;
  const base = { listed: listed.value, ...(volume ? { volume } : {}) };
  if (input.priceOverride === undefined || input.priceOverride === null || input.priceOverride === '')
    return { ...base, perUnit: listed.value, overridden: false };
  const override = readDecimal(input.priceOverride, ['priceOverride'], { currency });
  if (isIssue(override)) return void issues.push(override);
  return { ...base, perUnit: override, overridden: true };
}
