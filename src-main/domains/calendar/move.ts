import { AppError, validationError, type EventPayloads, type RecordValues } from '../../../src-shared/api';
import { SCHEDULED_TYPES } from '../../../src-shared/entities/activity';
import { findRecord, loadRecord, notFound } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { syncSeries } from '../activities/series-sync';
import { seriesFrontier, type SeriesRow } from './range-query';
import { occurrencesBeyond } from './virtual-occurrences';

/**
 * `calendar.move`: an activity dragged to another time. A scheduled one
 * gets the new start and end (keeping its length when no end is given), one
 * with a due date the new due date; both through the write path, so an
 * occurrence of a series becomes an exception of it as any hand edit does.
 * An occurrence that is not a record yet (more than a year ahead) is first
 * written, with every occurrence before it, as topping up would.
 */

export type MoveTarget = { readonly id: string } | { readonly seriesId: string; readonly originalStart: string };

export interface MoveRequest {
  readonly target: MoveTarget;
  readonly start: string;
  readonly end?: string | undefined;
}

const OCCURRENCE_SQL =
  'SELECT id FROM activity WHERE series_id = ? AND original_start = ? AND deleted_at IS NULL LIMIT 1';

function occurrenceNotFound(seriesId: string, originalStart: string): AppError {
  return new AppError(
    'NOT_FOUND',
    'error.occurrence_not_found',
    `The series ${seriesId} has no occurrence at ${originalStart}.`,
    { params: { seriesId, originalStart } },
  );
}

/** The record of a series' occurrence at `originalStart`, written now if it was not yet. */
function occurrenceRecord(ctx: WriteContext, seriesId: string, originalStart: string): string {
  const at = new Date(originalStart).toISOString();
  const existing = ctx.db.stmt(OCCURRENCE_SQL).get(seriesId, at) as { id: string } | undefined;
  if (existing) return existing.id;
  const series = findRecord(ctx.db, recordTable('activity'), seriesId);
  if (
    !series ||
    series.deletedAt !== null ||
    series.values['activity_type'] !== 'recurring_appointment' ||
    series.values['status'] !== 'open'
  ) {
    throw occurrenceNotFound(seriesId, originalStart);
  }
  const frontier = seriesFrontier(ctx.db, seriesId) ?? ctx.now();
  const slot = Date.parse(at);
  const inPattern = occurrencesBeyond(seriesRowOf(series.id, series.values), frontier, slot, slot + 1).some(
    (o) => o.originalStart === at,
  );
  if (!inPattern) throw occurrenceNotFound(seriesId, originalStart);
  syncSeries(ctx, seriesId, series.values, frontier + 1, slot);
  const written = ctx.db.stmt(OCCURRENCE_SQL).get(seriesId, at) as { id: string } | undefined;
  if (!written) throw occurrenceNotFound(seriesId, originalStart);
  return written.id;
}

function text(values: RecordValues, name: string): string | null {
  const v = values[name];
  return typeof v === 'string' ? v : null;
}

/** The series' pattern fields in the shape the range reads them (stored lists back as JSON text). */
function seriesRowOf(id: string, values: RecordValues): SeriesRow {
  const weekdays = values['recurrence_weekdays'];
  const num = (name: string) => (typeof values[name] === 'number' ? (values[name] as number) : null);
  return {
    id,
    activity_type: 'recurring_appointment',
    subject: text(values, 'subject'),
    status: text(values, 'status'),
    priority: text(values, 'priority'),
    scheduled_start: text(values, 'scheduled_start'),
    scheduled_end: text(values, 'scheduled_end'),
    due_date: null,
    location: null,
    regarding: null,
    owner_id: text(values, 'owner_id'),
    organizer: null,
    required_attendees: null,
    optional_attendees: null,
    series_id: null,
    original_start: null,
    is_exception: null,
    recurrence_frequency: text(values, 'recurrence_frequency'),
    recurrence_interval: num('recurrence_interval'),
    recurrence_weekdays: Array.isArray(weekdays) ? JSON.stringify(weekdays) : null,
    recurrence_monthly_by: text(values, 'recurrence_monthly_by'),
    recurrence_end: text(values, 'recurrence_end'),
    recurrence_count: num('recurrence_count'),
    recurrence_until: text(values, 'recurrence_until'),
    time_zone: text(values, 'time_zone'),
    recurrence_skipped: text(values, 'recurrence_skipped'),
  };
}

/** The values that move an activity to `start` (and `end`). */
function movedValues(values: RecordValues, start: string, end: string | undefined): RecordValues {
  const type = String(values['activity_type'] ?? '');
  if (type === 'recurring_appointment') {
    throw validationError([
      {
        path: ['target'],
        messageKey: 'validation.calendar_move_series',
        message: 'A recurring series is moved by editing its pattern; move one of its occurrences instead.',
      },
    ]);
  }
  if (!(SCHEDULED_TYPES as readonly string[]).includes(type)) return { due_date: start };
  const oldStart = Date.parse(String(values['scheduled_start'] ?? ''));
  const oldEnd = Date.parse(String(values['scheduled_end'] ?? ''));
  const length = Number.isNaN(oldStart) || Number.isNaN(oldEnd) ? 0 : Math.max(0, oldEnd - oldStart);
  const newEnd = end ?? new Date(Date.parse(start) + length).toISOString();
  return { scheduled_start: start, scheduled_end: newEnd };
}

export function moveActivity(ctx: WriteContext, request: MoveRequest): { id: string } {
  // What the writes announce waits for the commit of the whole move.
  const changes: EventPayloads['records-changed'][] = [];
  const quiet: WriteContext = { ...ctx, emit: (change) => changes.push(change) };
  const moved = ctx.db.transaction(() => {
    const { target } = request;
    const id = 'id' in target ? target.id : occurrenceRecord(quiet, target.seriesId, target.originalStart);
    const record = loadRecord(ctx.db, recordTable('activity'), id);
    if (record.deletedAt !== null) throw notFound('activity', id);
    const values = movedValues(record.values, new Date(request.start).toISOString(), request.end);
    mutateRecord(quiet, { op: 'update', entity: 'activity', id, values });
    return { id };
  });
  if (changes.length > 0) {
    const all = changes.some((c) => c.ids.length === 0);
    ctx.emit({ entities: ['activity'], ids: all ? [] : [...new Set(changes.flatMap((c) => c.ids))] });
  }
  return moved;
}
