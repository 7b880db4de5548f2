import type { CalendarClash, CalendarConflicts, CalendarItem } from '../../../src-shared/api';
import { overlaps } from '../../../src-shared/rules/calendar';
import { parseRef } from '../../../src-shared/rules/records';
import { USER_PARTY } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import { referenceNames } from '../records/reference-names';
import { partiesOf, toItem, type ItemRow, type People } from './calendar-rows';
import { regardingNames } from './calendar-range';
import { scheduledIn } from './range-query';
import { virtualOccurrences } from './virtual-occurrences';

/**
 * `calendar.conflicts`: for a proposed appointment (one or more time slots,
 * and everyone it concerns: owner, organizer, attendees), the other open
 * appointments each of those people has at an overlapping time. The
 * appointment itself, its own series when a series is edited, or the
 * occurrence being moved never count.
 */

/** A person is not listed with more clashes than this. */
const MAX_PER_PARTY = 20;
/** Candidates read per slot at most; a person with more meetings at one time than this is already double-booked. */
const MAX_PER_SLOT = 500;

export interface ConflictQuery {
  readonly slots: readonly { readonly start: string; readonly end: string }[];
  readonly parties: readonly string[];
  readonly excludeId?: string | undefined;
  readonly excludeSeriesId?: string | undefined;
  readonly excludeOccurrence?: { readonly seriesId: string; readonly originalStart: string } | undefined;
  readonly now: number;
}

interface Candidate {
  readonly row: ItemRow;
  readonly item: CalendarItem;
  readonly parties: Set<string>;
}

function excluded(query: ConflictQuery, item: CalendarItem): boolean {
  if (query.excludeId && item.id === query.excludeId) return true;
  if (query.excludeSeriesId && item.series?.id === query.excludeSeriesId) return true;
  const occurrence = query.excludeOccurrence;
  return (
    occurrence !== undefined &&
    item.series?.id === occurrence.seriesId &&
    Date.parse(item.series.originalStart) === Date.parse(occurrence.originalStart)
  );
}

export function findConflicts(db: SqlDb, query: ConflictQuery): CalendarConflicts {
  const parties = [...new Set(query.parties)];
  const people: People = {
    owners: parties.map(parseRef).flatMap((ref) => (ref?.entity === USER_PARTY ? [ref.id] : [])),
    parties,
  };
  const found = new Map<string, Candidate>();
  for (const slot of query.slots) {
    const span = { start: Date.parse(slot.start), end: Date.parse(slot.end) };
    const rows = scheduledIn(db, span.start, Math.max(span.end, span.start + 1), people, MAX_PER_SLOT, {
      types: ['appointment'],
      openOnly: true,
    });
    const candidates: Candidate[] = rows.map((row) => ({ row, item: toItem(row, [], {}), parties: partiesOf(row) }));
    for (const v of virtualOccurrences(db, span.start, Math.max(span.end, span.start + 1), people, query.now)) {
      const item = toItem(v.series, [], {}, { ...v, seriesId: v.series.id });
      candidates.push({ row: v.series, item, parties: partiesOf(v.series) });
    }
    for (const candidate of candidates) {
      if (found.has(candidate.item.key) || excluded(query, candidate.item)) continue;
      const other = { start: Date.parse(candidate.item.start), end: Date.parse(candidate.item.end) };
      if (overlaps(span, other)) found.set(candidate.item.key, candidate);
    }
  }
  const clashing = [...found.values()].sort((a, b) => (a.item.start < b.item.start ? -1 : 1));
  const regarding = regardingNames(
    db,
    clashing.map((c) => c.row),
  );
  const names = referenceNames(db, parties);
  const clashes: CalendarClash[] = [];
  for (const party of parties) {
    const items = clashing
      .filter((c) => c.parties.has(party))
      .slice(0, MAX_PER_PARTY)
      .map((c) => ({
        ...c.item,
        regarding: c.item.regarding ? { ...c.item.regarding, name: regarding[c.item.regarding.ref] ?? '' } : null,
      }));
    if (items.length > 0) clashes.push({ party, name: names[party] ?? '', items });
  }
  return { clashes };
}
