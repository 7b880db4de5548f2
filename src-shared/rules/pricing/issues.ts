/**
 * Pricing rules report bad input as data, never by throwing: each issue names
 * the input it is about (`path`), a message key of `validation.pricing.*`
 * (src-shared/i18n/modules/pricing.ts) and the values the message shows.
 */
import type { pricingMessages } from '../../i18n/modules/pricing';

/** The keys of the pricing issue messages: typed, so that an issue cannot name a message that does not exist. */
export type PricingIssueKey = keyof typeof pricingMessages.en.validation.pricing;

export type IssuePath = readonly (string | number)[];

export interface PricingIssue {
  readonly path: IssuePath;
  readonly messageKey: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type PricingResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly PricingIssue[] };

export function issue(path: IssuePath, key: PricingIssueKey, params?: Record<string, string | number>): PricingIssue {
  return { path, messageKey: `validation.pricing.${key}`, ...(params ? { params } : {}) };
}

export function ok<T>(value: T): PricingResult<T> {
  return { ok: true, value };
}

export function fail<T>(issues: readonly PricingIssue[]): PricingResult<T> {
  return { ok: false, issues };
}

/** Puts an issue found inside a part (a range, a line) under that part's path. */
export function within(prefix: IssuePath, issues: readonly PricingIssue[]): PricingIssue[] {
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
