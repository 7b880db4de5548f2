import { daySegments, type DaySegment } from './zoned';

/**
 * Sorting a range's events into what each part of the grid draws: the top
 * lane of a day (things due on it, and events of a day or longer) and its
 * time grid (everything else, cut at midnight), or the list of a month
 * cell.
 */

const MS_PER_DAY = 86_400_000;

export interface Timed {
  readonly key: string;
  /** ms since the epoch. */
  readonly start: number;
  /** ms since the epoch; equal to `start` for a moment or a due date. */
  readonly end: number;
  /** Due items (tasks, calls…) are points in time that go in the top lane. */
  readonly due: boolean;
}

/** Due items and events lasting a whole day or more are drawn in the day's top lane, not in its hours. */
export function inTopLane(item: Timed): boolean {
  return item.due || item.end - item.start >= MS_PER_DAY;
}

export interface Placed<T> {
  readonly item: T;
  readonly segment: DaySegment;
}

function allDay(item: Timed): boolean {
  return !item.due && item.end - item.start >= MS_PER_DAY;
}

/** For each of `days`, the items on it with their part of that day: day-long ones first, then by start time. */
export function byDay<T extends Timed>(
  items: readonly T[],
  days: readonly number[],
  timeZone: string,
): Map<number, Placed<T>[]> {
  const out = new Map<number, Placed<T>[]>(days.map((d) => [d, []]));
  for (const item of items) {
    for (const segment of daySegments(item.start, item.end, days, timeZone)) {
      out.get(segment.day)?.push({ item, segment });
    }
  }
  for (const list of out.values()) {
    list.sort(
      (a, b) =>
        Number(allDay(b.item)) - Number(allDay(a.item)) ||
        a.item.start - b.item.start ||
        b.item.end - a.item.end ||
        (a.item.key < b.item.key ? -1 : 1),
    );
  }
  return out;
}

/** A month cell shows this many items and then "+N more". */
export function visibleInCell<T>(items: readonly T[], room: number): { shown: readonly T[]; more: number } {
  if (items.length <= room) return { shown: items, more: 0 };
  // The "+N more" line takes the last item's place.
  const shown = items.slice(0, Math.max(0, room - 1));
  return { shown, more: items.length - shown.length };
}
