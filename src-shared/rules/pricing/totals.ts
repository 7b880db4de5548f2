import { fail, issue, ok, type PricingIssue, type PricingResult } from './issues';
import { checkCurrency, Dec, isIssue, percentOf, readDecimal, roundMoney, sum, toDecimalString } from './money';

/** The amounts of a priced line that the document totals use (see lines.ts). */
export interface LineAmounts {
  readonly amount: string;
  readonly tax: string;
  readonly extendedAmount: string;
}

/** Document-level charges: a discount as a percentage of the detail amount and/or an amount, and freight. */
export interface DocumentCharges {
  readonly discountPercent?: string | null;
  readonly discountAmount?: string | null;
  readonly freight?: string | null;
}

/** The totals of a document, canonical decimal strings in its currency. */
export interface DocumentTotals {
  /** Sum of the lines' amounts (after their discounts, before tax). */
  readonly detailAmount: string;
  readonly discountPercent: string;
  /** The whole document discount: the percentage of the detail amount plus the discount amount. */
  readonly discountAmount: string;
  /** Detail amount less the document discount. */
  readonly preFreightAmount: string;
  readonly freightAmount: string;
  /** Sum of the lines' tax: tax is worked out per line, where the tax rate is known. */
  readonly totalTax: string;
  /** Pre-freight amount plus freight plus total tax. */
  readonly totalAmount: string;
}

/**
 * Adds up a document. The only rounding is of the percentage discount
 * (money.ts); everything else sums amounts already rounded, so
 * detail - discount + freight + tax is exactly the total amount.
 */
export function documentTotals(
  lines: readonly LineAmounts[],
  charges: DocumentCharges,
  currency: string,
): PricingResult<DocumentTotals> {
  const currencyIssues = checkCurrency(currency, ['currency']);
  if (currencyIssues.length > 0) return fail(currencyIssues);
  const percent = readDecimal(charges.discountPercent || '0', ['discountPercent']);
  const fixed = readDecimal(charges.discountAmount || '0', ['discountAmount'], { currency });
  const freight = readDecimal(charges.freight || '0', ['freight'], { currency });
  const issues: PricingIssue[] = [percent, fixed, freight].filter(isIssue);
  if (!isIssue(percent) && percent.gt(100)) issues.push(issue(['discountPercent'], 'percentage_over_100'));
  if (isIssue(percent) || isIssue(fixed) || isIssue(freight) || issues.length > 0) return fail(issues);

  const detail = sum(lines.map((line) => new Dec(line.amount)));
  const discount = roundMoney(percentOf(detail, percent), currency).plus(fixed);
  if (discount.gt(detail)) return fail([issue(['discountAmount'], 'discount_exceeds_amount')]);
  const preFreight = detail.minus(discount);
  const tax = sum(lines.map((line) => new Dec(line.tax)));
  return ok({
    detailAmount: toDecimalString(detail),
    discountPercent: toDecimalString(percent),
    discountAmount: toDecimalString(discount),
    preFreightAmount: toDecimalString(preFreight),
    freightAmount: toDecimalString(freight),
    totalTax: toDecimalString(tax),
    totalAmount: toDecimalString(preFreight.plus(freight).plus(tax)),
  });
}

/** The document's totals in the base currency, for reports across currencies. */
export interface BaseCurrencyTotals {
  readonly currency: string;
  /** Units of the document's currency per one unit of the base currency, as the document recorded it. */
  readonly exchangeRate: string;
  readonly detailAmount: string;
  readonly discountAmount: string;
  readonly preFreightAmount: string;
  readonly freightAmount: string;
  readonly totalTax: string;
  readonly totalAmount: string;
}

/** An amount of the document's currency in the base currency, rounded by THE rule (money.ts). */
export function toBaseAmount(amount: Dec, exchangeRate: Dec, baseCurrency: string): Dec {
  return roundMoney(amount.dividedBy(exchangeRate), baseCurrency);
}

/**
 * Converts totals with the document's exchange rate. Detail, discount,
 * freight and tax are each converted and rounded; the pre-freight and total
 * amounts are then added up from them, so the base totals add up exactly too
 * (and differ from the converted total by at most two minor units).
 */
export function baseCurrencyTotals(
  totals: DocumentTotals,
  exchangeRate: string,
  baseCurrency: string,
): PricingResult<BaseCurrencyTotals> {
  const currencyIssues = checkCurrency(baseCurrency, ['baseCurrency']);
  if (currencyIssues.length > 0) return fail(currencyIssues);
  const rate = readDecimal(exchangeRate, ['exchangeRate']);
  if (isIssue(rate) || rate.isZero()) return fail([issue(['exchangeRate'], 'exchange_rate')]);
  const convert = (amount: string) => toBaseAmount(new Dec(amount), rate, baseCurrency);
  const detail = convert(totals.detailAmount);
  const discount = convert(totals.discountAmount);
  const freight = convert(totals.freightAmount);
  const tax = convert(totals.totalTax);
  const preFreight = detail.minus(discount);
  return ok({
    currency: baseCurrency,
    exchangeRate: toDecimalString(rate),
    detailAmount: toDecimalString(detail),
    discountAmount: toDecimalString(discount),
    preFreightAmount: toDecimalString(preFreight),
    freightAmount: toDecimalString(freight),
    totalTax: toDecimalString(tax),
    totalAmount: toDecimalString(preFreight.plus(freight).plus(tax)),
  });
}
