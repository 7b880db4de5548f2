/**
 * The currencies the pricing rules know and the decimals of each one's minor
 * unit. Kept apart from money.ts (and its decimal library) so that entity
 * metadata can list currencies without loading the arithmetic.
 */

/**
 * Decimals of each currency's minor unit (ISO 4217), except IRR: ISO lists 2,
 * but no fraction of a rial has circulated for decades and Iranian prices and
 * invoices are in whole rials, so amounts are kept in whole rials.
 */
export const CURRENCY_MINOR_UNITS: Readonly<Record<string, number>> = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  RUB: 2,
  IRR: 0,
  JPY: 0,
  CHF: 2,
  CNY: 2,
  CAD: 2,
  AUD: 2,
  INR: 2,
  TRY: 2,
  AED: 2,
  KZT: 2,
  UAH: 2,
  BYN: 2,
  KRW: 0,
  KWD: 3,
  BHD: 3,
  OMR: 3,
};

export function minorUnits(currency: string): number | undefined {
  return Object.hasOwn(CURRENCY_MINOR_UNITS, currency) ? CURRENCY_MINOR_UNITS[currency] : undefined;
}
