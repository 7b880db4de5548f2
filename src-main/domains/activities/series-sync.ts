import type { RecordValues } from '../../../src-shared/api';
import {
  occurrenceValues,
  SERIES_HORIZON_DAYS,
  SERIES_REFILL_DAYS,
  seriesOccurrences,
  seriesTimeZone,
  slotOf,
  toMs,
} from '../../../src-shared/rules/activities';
import { findRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';

/**
 * Keeps a recurring series' occurrences (appointments with `series_id`) in
 * step with its pattern, through the write path. Occurrences are matched to
 * the pattern by slot (the local date of their original start). An
 * occurrence changed by hand (`is_exception`) or closed is never touched; an
 * unchanged open one is updated to what the series now says, or removed when
 * its slot is gone; empty slots get a new occurrence. Only slots from `from`
 * on are considered, so editing a series leaves its past alone.
 */

const MS_PER_DAY = 86_400_000;

interface StoredOccurrence {
  readonly id: string;
  readonly original_start: string;
  readonly is_exception: number | null;
  readonly status: string | null;
}

/** The system's own writes: they must not set off the after-write steps meant for the user's. */
export function systemWriter(ctx: WriteContext): WriteContext {
  return { ...ctx, afterWrite: undefined };
}

function liveOccurrences(ctx: WriteContext, seriesId: string): StoredOccurrence[] {
  return ctx.db
    .stmt(
      'SELECT id, original_start, is_exception, status FROM activity WHERE series_id = ? AND deleted_at IS NULL ORDER BY original_start',
    )
    .all(seriesId) as StoredOccurrence[];
}

function untouched(row: StoredOccurrence): boolean {
  return row.is_exception !== 1 && row.status === 'open';
}

/**
 * `reach`: generate at least up to this instant (the calendar writes an
 * occurrence further ahead than a year when it is moved). The occurrences
 * never stop short of one kept by hand further out either, so a series'
 * records run without gaps up to its furthest one, where topping up resumes.
 */
export function syncSeries(
  ctx: WriteContext,
  seriesId: string,
  series: RecordValues,
  from: number,
  reach = Number.NEGATIVE_INFINITY,
): void {
  const system = systemWriter(ctx);
  const zone = seriesTimeZone(series);
  const stored = liveOccurrences(ctx, seriesId);
  const furthestKept = Math.max(
    Number.NEGATIVE_INFINITY,
    ...stored.filter((row) => !untouched(row)).map((row) => toMs(row.original_start) ?? Number.NEGATIVE_INFINITY),
  );
  const horizon = Math.max(ctx.now() + SERIES_HORIZON_DAYS * MS_PER_DAY, reach, furthestKept);
  const wanted = new Map(
    seriesOccurrences(series, horizon)
      .filter((o) => (toMs(o.originalStart) ?? 0) >= from)
      .map((o) => [slotOf(o.originalStart, zone), o]),
  );
  const taken = new Set<string>();
  for (const row of stored) {
    const slot = slotOf(row.original_start, zone);
    taken.add(slot);
    if (!untouched(row) || (toMs(row.original_start) ?? 0) < from) continue;
    const occurrence = wanted.get(slot);
    if (!occurrence) {
      mutateRecord(system, { op: 'delete', entity: 'activity', id: row.id });
      continue;
    }
    const values = occurrenceValues(seriesId, series, occurrence);
    mutateRecord(system, { op: 'update', entity: 'activity', id: row.id, values });
  }
  for (const [slot, occurrence] of wanted) {
    if (taken.has(slot)) continue;
    mutateRecord(system, { op: 'create', entity: 'activity', values: occurrenceValues(seriesId, series, occurrence) });
  }
}

/** Removes the open occurrences from `from` on: the untouched ones, or every open one. */
export function removeOccurrences(ctx: WriteContext, seriesId: string, from: number, exceptionsToo: boolean): void {
  const system = systemWriter(ctx);
  for (const row of liveOccurrences(ctx, seriesId)) {
    if ((toMs(row.original_start) ?? 0) < from || row.status !== 'open') continue;
    if (row.is_exception === 1 && !exceptionsToo) continue;
    mutateRecord(system, { op: 'delete', entity: 'activity', id: row.id });
  }
}

/**
 * Tops up the series without an end (or ending far ahead) whose occurrences
 * reach less than the refill distance ahead, so an endless series always
 * shows about a year. Runs when the data file opens and now and then after.
 */
export function refillSeries(ctx: WriteContext): number {
  const now = ctx.now();
  const rows = ctx.db
    .stmt(
      `SELECT s.id, (SELECT max(o.original_start) FROM activity o WHERE o.series_id = s.id AND o.deleted_at IS NULL) AS last
       FROM activity s WHERE s.activity_type = 'recurring_appointment' AND s.status = 'open' AND s.deleted_at IS NULL`,
    )
    .all() as { id: string; last: string | null }[];
  let refilled = 0;
  const table = recordTable('activity');
  for (const row of rows) {
    const last = toMs(row.last);
    if (last !== null && last >= now + SERIES_REFILL_DAYS * MS_PER_DAY) continue;
    const series = findRecord(ctx.db, table, row.id);
    if (!series) continue;
    let wrote = false;
    // Writes announce themselves after the commit, once for the series, not from inside the transaction.
    const quiet: WriteContext = { ...ctx, emit: () => (wrote = true) };
    ctx.db.transaction(() => syncSeries(quiet, row.id, series.values, last === null ? now : last + 1));
    if (wrote) {
      refilled++;
      ctx.emit({ entities: ['activity'], ids: [] });
    }
  }
  return refilled;
}
