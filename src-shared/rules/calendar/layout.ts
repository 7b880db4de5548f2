import { overlaps, type TimeSpan } from './overlap';

/**
 * Laying out a day's timed events side by side, as calendar programs do:
 * events that overlap (directly or through a chain of others) form a
 * cluster; each event takes the first column of its cluster that is free at
 * its start, and the cluster is as wide as it needs columns. An event then
 * stretches over the columns to its right that stay free for its whole time,
 * so a lone long event next to two short ones is not squeezed needlessly.
 */

export interface LayoutItem extends TimeSpan {
  readonly key: string;
}

export interface Placement {
  /** 0-based column from the start side (left in LTR, right in RTL). */
  readonly column: number;
  /** How many columns its cluster has. */
  readonly columns: number;
  /** How many columns it covers, from `column` (at least 1). */
  readonly span: number;
}

/**
 * Events shorter than `minLength` (ms) are laid out as if they lasted that
 * long: they are drawn at least that tall, so they must not be drawn over.
 */
export function layoutColumns(items: readonly LayoutItem[], minLength = 0): Map<string, Placement> {
  const drawn = items
    .map((item) => ({ key: item.key, start: item.start, end: Math.max(item.end, item.start + minLength) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result = new Map<string, Placement>();
  let cluster: { key: string; start: number; end: number; column: number }[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  const columnEnds: number[] = [];

  const close = () => {
    const columns = columnEnds.length;
    for (const item of cluster) {
      let span = 1;
      while (
        item.column + span < columns &&
        !cluster.some((other) => other.column === item.column + span && overlaps(item, other))
      ) {
        span++;
      }
      result.set(item.key, { column: item.column, columns, span });
    }
    cluster = [];
    columnEnds.length = 0;
    clusterEnd = Number.NEGATIVE_INFINITY;
  };

  for (const item of drawn) {
    if (cluster.length > 0 && item.start >= clusterEnd) close();
    let column = columnEnds.findIndex((end) => end <= item.start);
    if (column === -1) column = columnEnds.length;
    // A moment still takes its column from anything else starting at the same time.
    const end = Math.max(item.end, item.start + 1);
    columnEnds[column] = end;
    cluster.push({ ...item, column });
    clusterEnd = Math.max(clusterEnd, end);
  }
  if (cluster.length > 0) close();
  return result;
}
