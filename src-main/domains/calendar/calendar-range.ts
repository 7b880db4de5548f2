import { MAX_RANGE_ITEMS, type CalendarItem, type CalendarRange } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import { referenceNames } from '../records/reference-names';
import { toItem, usersAsPeople, type ItemRow } from './calendar-rows';
import { dueIn, scheduledIn } from './range-query';
import { virtualOccurrences } from './virtual-occurrences';

/**
 * `calendar.range`: what a period holds for some users: their scheduled
 * activities (appointments, occurrences of series, service and campaign
 * activities) overlapping it, the occurrences of their series beyond what is
 * written as records yet, and activities due in it; each one owned by one of
 * them or with one of them as organizer or attendee.
 */

export interface RangeQuery {
  readonly from: string;
  readonly to: string;
  readonly userIds: readonly string[];
  readonly now: number;
}

export function regardingNames(db: SqlDb, rows: readonly ItemRow[]): Record<string, string> {
  const refs = new Set<string>();
  for (const row of rows) if (row.regarding) refs.add(row.regarding);
  return referenceNames(db, refs);
}

export function calendarRange(db: SqlDb, query: RangeQuery): CalendarRange {
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  const people = usersAsPeople(query.userIds);
  // One more than the most shown tells whether anything was left out.
  const scheduled = scheduledIn(db, from, to, people, MAX_RANGE_ITEMS + 1);
  const due = dueIn(db, from, to, people, MAX_RANGE_ITEMS + 1);
  const virtual = virtualOccurrences(db, from, to, people, query.now);
  const names = regardingNames(db, [...scheduled, ...due, ...virtual.map((v) => v.series)]);
  const items: CalendarItem[] = [
    ...scheduled.map((row) => toItem(row, query.userIds, names)),
    ...due.map((row) => toItem(row, query.userIds, names)),
    ...virtual.map((v) => toItem(v.series, query.userIds, names, { ...v, seriesId: v.series.id })),
  ];
  items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.key < b.key ? -1 : 1));
  return { items: items.slice(0, MAX_RANGE_ITEMS), truncated: items.length > MAX_RANGE_ITEMS };
}
