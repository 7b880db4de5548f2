/**
 * When two planned times clash. Times are half-open intervals [start, end)
 * in ms since the epoch, so a meeting that ends at 10:00 does not clash with
 * one that starts at 10:00. An appointment of no length is a moment: it
 * clashes with whatever is going on at that moment (but not with something
 * that ends exactly then), and with another moment at the same time.
 */

export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  const aEnd = Math.max(a.end, a.start);
  const bEnd = Math.max(b.end, b.start);
  if (aEnd === a.start && bEnd === b.start) return a.start === b.start;
  if (aEnd === a.start) return b.start <= a.start && a.start < bEnd;
  if (bEnd === b.start) return a.start <= b.start && b.start < aEnd;
  return a.start < bEnd && b.start < aEnd;
}

/** The items of `others` that overlap `proposed`, in their order. */
export function clashesWith<T extends TimeSpan>(proposed: TimeSpan, others: readonly T[]): T[] {
  return others.filter((other) => overlaps(proposed, other));
}
