import { issue, type PricingIssue } from './issues';
import { Dec, isIssue, parseDecimal, readDecimal } from './money';

/**
 * A discount list gives a volume discount by quantity range. A percentage
 * list takes its percentage off the line amount; an amount list takes its
 * amount off each unit (so the line's discount is amount x quantity), as in
 * Dynamics 365. Ranges include both their begin and end quantity.
 */
export interface DiscountRange {
  readonly begin: string;
  readonly end: string;
  /** The percentage or the amount per unit. */
  readonly value: string;
}

export interface DiscountList {
  readonly type: 'percentage' | 'amount';
  readonly ranges: readonly DiscountRange[];
}

export interface VolumeDiscount {
  readonly type: DiscountList['type'];
  readonly value: Dec;
  /** Index of the range that applies. */
  readonly range: number;
}

/**
 * Problems with a discount list: numbers that are not numbers or negative, a
 * range ending before it begins, a percentage over 100, and ranges that
 * overlap, each reported on the later range with the number of the earlier.
 */
export function validateDiscountList(list: DiscountList, currency?: string): PricingIssue[] {
  const issues: PricingIssue[] = [];
  const bounds: ({ begin: Dec; end: Dec } | undefined)[] = list.ranges.map((range, index) => {
    const begin = readDecimal(range.begin, ['ranges', index, 'begin']);
    const end = readDecimal(range.end, ['ranges', index, 'end']);
    const value = readDecimal(range.value, ['ranges', index, 'value'], list.type === 'amount' ? { currency } : {});
    for (const read of [begin, end, value]) if (isIssue(read)) issues.push(read);
    if (!isIssue(value) && list.type === 'percentage' && value.gt(100))
      issues.push(issue(['ranges', index, 'value'], 'percentage_over_100'));
    if (isIssue(begin) || isIssue(end)) return undefined;
    if (end.lt(begin)) {
      issues.push(issue(['ranges', index, 'end'], 'range_order'));
      return undefined;
    }
    return { begin, end };
  });
  bounds.forEach((range, index) => {
    if (!range) return;
    const clash = bounds.findIndex(
      (other, at) => at < index && other && range.begin.lte(other.end) && other.begin.lte(range.end),
    );
    if (clash >= 0)
      issues.push(
        issue(['ranges', index, 'begin'], 'range_overlap', {
          index: index + 1,
          other: clash + 1,
          begin: list.ranges[clash]?.begin ?? '',
          end: list.ranges[clash]?.end ?? '',
        }),
      );
  });
  return issues;
}

/** The discount of the range holding `quantity`, or undefined when none does (or the list is unreadable). */
export function volumeDiscountFor(list: DiscountList, quantity: Dec): VolumeDiscount | undefined {
  for (const range of parsedRanges(list)) {
    if (quantity.gte(range.begin) && quantity.lte(range.end))
      return { type: list.type, value: range.value, range: range.index };
  }
  return undefined;
}

interface ParsedRange {
  readonly index: number;
  readonly begin: Dec;
  readonly end: Dec;
  readonly value: Dec;
}

// A quote prices many lines against the same few lists: parse each list's ranges once.
const parsed = new WeakMap<DiscountList, readonly ParsedRange[]>();

function parsedRanges(list: DiscountList): readonly ParsedRange[] {
  let ranges = parsed.get(list);
  if (!ranges) {
    ranges = list.ranges.flatMap((range, index) => {
      const begin = parseDecimal(range.begin);
      const end = parseDecimal(range.end);
      const value = parseDecimal(range.value);
      return begin && end && value ? [{ index, begin, end, value }] : [];
    });
    parsed.set(list, ranges);
  }
  return ranges;
}
