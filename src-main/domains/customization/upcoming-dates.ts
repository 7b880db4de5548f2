import type { UpcomingDate } from '../../../src-shared/api';
import { currentCustomizations } from '../../../src-shared/customization';
import { addDays, localDate } from '../../../src-shared/query';
import { monthDaysWithin, nextOccurrence } from '../../../src-shared/rules/important-dates/upcoming';
import type { SqlDb } from '../../db';
import { quoteIdent } from '../records/record-table';

/**
 * Contacts' birthdays, anniversaries and the custom date fields flagged
 * "important date" falling within the next `days` days, soonest first.
 * Each date column has an index on its month-day, so the days are read one
 * after another, soonest first, each from the index, and reading stops as
 * soon as enough are found: a short list costs a few days' rows even with
 * a million contacts.
 */
export const DEFAULT_UPCOMING_DAYS = 30;
const MAX_RESULTS = 200;
/** The built-in yearly dates of a contact. */
const BUILT_IN_DATES = ['birthday', 'anniversary'];

export interface UpcomingOptions {
  /** Most dates returned (the list says whether there are more). */
  readonly limit?: number;
  /** Only contacts this user owns. */
  readonly ownerId?: string;
}

export interface UpcomingResult {
  readonly items: UpcomingDate[];
  /** More dates fall within the period than `limit`. */
  readonly more: boolean;
}

/** The date columns of contacts that count as important dates. */
function dateColumns(): string[] {
  const custom = currentCustomizations().fields.filter((f) => f.entity === 'contact' && f.importantDate && !f.hidden);
  return [...BUILT_IN_DATES, ...custom.map((f) => f.name)];
}

export function findUpcomingDates(
  db: SqlDb,
  now: number,
  days: number,
  timeZone: string,
  options: UpcomingOptions = {},
): UpcomingResult {
  const limit = options.limit ?? MAX_RESULTS;
  const today = localDate(now, timeZone);
  const owner = options.ownerId === undefined ? '' : ' AND owner_id = ?';
  const statements = dateColumns().map((column) => {
    const col = quoteIdent(column);
    const sql =
      `SELECT id, display_name, ${col} AS d FROM contact ` +
      `WHERE deleted_at IS NULL AND ${col} IS NOT NULL AND substr(${col}, 6) = ?${owner}`;
    return { column, stmt: db.stmt(sql) };
  });
  const found: UpcomingDate[] = [];
  for (let offset = 0; offset < days && found.length <= limit; offset += 1) {
    const day = addDays(today, offset);
    const onDay: UpcomingDate[] = [];
    // A 29 February falls on the 28th in years without one.
    for (const ending of monthDaysWithin(day, 1)) {
      for (const { column, stmt } of statements) {
        const params = options.ownerId === undefined ? [ending] : [ending, options.ownerId];
        for (const row of stmt.all(...params) as { id: string; display_name: string; d: string }[]) {
          const { next, daysAway } = nextOccurrence(row.d, today);
          onDay.push({ contactId: row.id, contactName: row.display_name, kind: column, date: row.d, next, daysAway });
        }
      }
    }
    onDay.sort((a, b) => a.contactName.localeCompare(b.contactName) || a.kind.localeCompare(b.kind));
    found.push(...onDay);
  }
  return { items: found.slice(0, limit), more: found.length > limit };
}

/** The next `days` days' important dates of every contact, at most 200. */
export function upcomingDates(db: SqlDb, now: number, days: number, timeZone: string): UpcomingDate[] {
  return findUpcomingDates(db, now, days, timeZone).items;
}
