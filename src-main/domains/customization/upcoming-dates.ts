import type { UpcomingDate } from '../../../src-shared/api';
import { currentCustomizations } from '../../../src-shared/customization';
import { localDate } from '../../../src-shared/query';
import { monthDaysWithin, nextOccurrence } from '../../../src-shared/rules/important-dates/upcoming';
import type { SqlDb } from '../../db';
import { quoteIdent } from '../records/record-table';

/**
 * Contacts' birthdays and the custom date fields flagged "important date"
 * (anniversaries and the like) falling within the next `days` days, soonest
 * first. Each date column has an index on its month-day, so this reads only
 * the matching rows.
 */
export const DEFAULT_UPCOMING_DAYS = 30;
const MAX_RESULTS = 200;

export function upcomingDates(db: SqlDb, now: number, days: number, timeZone: string): UpcomingDate[] {
  const today = localDate(now, timeZone);
  const monthDays = monthDaysWithin(today, days);
  const columns = [
    'birthday',
    ...currentCustomizations()
      .fields.filter((f) => f.entity === 'contact' && f.importantDate && !f.hidden)
      .map((f) => f.name),
  ];
  const marks = monthDays.map(() => '?').join(', ');
  const found: UpcomingDate[] = [];
  for (const column of columns) {
    const col = quoteIdent(column);
    const rows = db
      .stmt(
        `SELECT id, display_name, ${col} AS d FROM contact ` +
          `WHERE deleted_at IS NULL AND ${col} IS NOT NULL AND substr(${col}, 6) IN (${marks})`,
      )
      .all(...monthDays) as { id: string; display_name: string; d: string }[];
    for (const row of rows) {
      const { next, daysAway } = nextOccurrence(row.d, today);
      if (daysAway >= days) continue;
      found.push({ contactId: row.id, contactName: row.display_name, kind: column, date: row.d, next, daysAway });
    }
  }
  return found
    .sort((a, b) => a.daysAway - b.daysAway || a.contactName.localeCompare(b.contactName))
    .slice(0, MAX_RESULTS);
}
