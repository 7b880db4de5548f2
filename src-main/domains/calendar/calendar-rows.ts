import type { CalendarItem } from '../../../src-shared/api';
import { USER_PARTY } from '../../../src-shared/entities';
import { formatRef } from '../../../src-shared/rules/records';

/**
 * The columns the calendar reads of an activity, and how a row becomes a
 * calendar item. Party lists are read from the row's own JSON columns (the
 * `record_party` index only decides which rows are read).
 */

/** Party fields that put someone in a meeting: who organizes it and who attends it. */
export const MEETING_PARTY_FIELDS = ['organizer', 'required_attendees', 'optional_attendees'] as const;

export const ITEM_COLUMNS =
  'a.id, a.activity_type, a.subject, a.status, a.priority, a.scheduled_start, a.scheduled_end, a.due_date, ' +
  'a.location, a.regarding, a.owner_id, a.organizer, a.required_attendees, a.optional_attendees, ' +
  'a.series_id, a.original_start, a.is_exception';

export interface ItemRow {
  readonly id: string;
  readonly activity_type: string;
  readonly subject: string | null;
  readonly status: string | null;
  readonly priority: string | null;
  readonly scheduled_start: string | null;
  readonly scheduled_end: string | null;
  readonly due_date: string | null;
  readonly location: string | null;
  readonly regarding: string | null;
  readonly owner_id: string | null;
  readonly organizer: string | null;
  readonly required_attendees: string | null;
  readonly optional_attendees: string | null;
  readonly series_id: string | null;
  readonly original_start: string | null;
  readonly is_exception: number | null;
}

const FIELDS_SQL = `(${MEETING_PARTY_FIELDS.map((f) => `'${f}'`).join(', ')})`;

/**
 * How a read keeps the rows of its people: those they own, and those they
 * organize or attend (`record_party`). Parameters: the owners, then the
 * parties, each as one JSON array. The owner and the id come from the
 * calendar indexes (migration 009), so a row is read only once it passed.
 *
 * - `per-row`: one probe of the party index for each row in the period not
 *   owned by them; its cost follows how full the period is.
 * - `attended-set`: everything they ever attended, read from the party
 *   index once into a set that each row's id is checked against; its cost
 *   follows how much they attended, and it wins for long periods of few
 *   people.
 */
export type PeopleTest = 'per-row' | 'attended-set';

export function peopleSql(test: PeopleTest): string {
  const owners = 'a.owner_id IN (SELECT value FROM json_each(?))';
  const parties = 'SELECT value FROM json_each(?)';
  if (test === 'per-row') {
    return (
      `(${owners} OR EXISTS (SELECT 1 FROM record_party p WHERE p.party IN (${parties}) ` +
      `AND p.entity = 'activity' AND p.field IN ${FIELDS_SQL} AND p.record_id = a.id))`
    );
  }
  return (
    `(${owners} OR a.id IN (SELECT p.record_id FROM record_party p WHERE p.party IN (${parties}) ` +
    `AND p.entity = 'activity' AND p.field IN ${FIELDS_SQL}))`
  );
}

/** Counts the rows of the party index for these parties, stopping at `limit`; parameters: the parties. */
export const ATTENDED_COUNT_SQL =
  'SELECT count(*) AS n FROM (SELECT 1 FROM record_party p WHERE p.party IN (SELECT value FROM json_each(?)) ' +
  `AND p.entity = 'activity' AND p.field IN ${FIELDS_SQL} LIMIT ?)`;

export interface People {
  /** User ids whose owned activities count. */
  readonly owners: readonly string[];
  /** References (`user:<id>`, `contact:<id>`…) whose meetings count. */
  readonly parties: readonly string[];
}

export function peopleParams(people: People): [string, string] {
  return [JSON.stringify(people.owners), JSON.stringify(people.parties)];
}

/** The users of `users` as owners and as `user:` parties. */
export function usersAsPeople(users: readonly string[]): People {
  return { owners: users, parties: users.map((id) => formatRef(USER_PARTY, id)) };
}

function parseList(text: string | null): string[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The organizer and the attendees, once each. */
function attendeesOf(row: ItemRow): string[] {
  return [...new Set(MEETING_PARTY_FIELDS.flatMap((field) => parseList(row[field])))];
}

/** Everyone the activity concerns: the owner (as `user:<id>`), the organizer and the attendees. */
export function partiesOf(row: ItemRow): Set<string> {
  const out = new Set(attendeesOf(row));
  if (row.owner_id) out.add(formatRef(USER_PARTY, row.owner_id));
  return out;
}

/**
 * One calendar item. `userIds`: the users asked for, of whom the item keeps
 * those it concerns. `names`: display names of regarding references.
 */
export function toItem(
  row: ItemRow,
  userIds: readonly string[],
  names: Readonly<Record<string, string>>,
  occurrence?: {
    readonly seriesId: string;
    readonly originalStart: string;
    readonly start: string;
    readonly end: string;
  },
): CalendarItem {
  const due = occurrence ? false : row.scheduled_start === null && row.due_date !== null;
  const start = occurrence?.start ?? (due ? row.due_date : row.scheduled_start) ?? '';
  const end = occurrence?.end ?? (due ? start : (row.scheduled_end ?? start));
  const parties = partiesOf(row);
  const seriesId = occurrence?.seriesId ?? row.series_id;
  const originalStart = occurrence?.originalStart ?? row.original_start;
  return {
    key: occurrence ? `${occurrence.seriesId}@${occurrence.originalStart}` : row.id,
    id: occurrence ? null : row.id,
    series: seriesId && originalStart ? { id: seriesId, originalStart } : null,
    activityType: occurrence ? 'appointment' : row.activity_type,
    subject: row.subject ?? '',
    status: row.status ?? 'open',
    priority: row.priority,
    start,
    end,
    due,
    location: row.location,
    regarding: row.regarding ? { ref: row.regarding, name: names[row.regarding] ?? '' } : null,
    ownerId: row.owner_id,
    attendees: attendeesOf(row),
    userIds: userIds.filter((id) => parties.has(formatRef(USER_PARTY, id))),
    isException: row.is_exception === 1,
  };
}
