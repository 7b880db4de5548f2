import { slotOf, seriesTimeZone, withSkippedSlot } from '../../../src-shared/rules/activities';
import { findRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { AfterWrite, WriteContext, WrittenRecord } from '../records/write-context';
import { removeOccurrences, syncSeries, systemWriter } from './series-sync';

/**
 * What writing an activity sets off, in the same transaction:
 * - a series created, edited, canceled, deleted or restored regenerates or
 *   removes its occurrences;
 * - an occurrence deleted by hand leaves its slot empty for good (the series
 *   records the slot as skipped), and restoring it takes the slot back.
 */
export const activityAfterWrite: AfterWrite = (ctx, written) => {
  if (written.entity !== 'activity') return;
  if (written.after['activity_type'] === 'recurring_appointment') onSeriesWritten(ctx, written);
  else if (typeof written.after['series_id'] === 'string') onOccurrenceWritten(ctx, written);
};

function onSeriesWritten(ctx: WriteContext, written: WrittenRecord): void {
  const now = ctx.now();
  const open = written.after['status'] === 'open';
  switch (written.op) {
    case 'create':
      syncSeries(ctx, written.id, written.after, Number.NEGATIVE_INFINITY);
      return;
    case 'update':
      if (open) syncSeries(ctx, written.id, written.after, now);
      else removeOccurrences(ctx, written.id, now, false);
      return;
    case 'delete':
      removeOccurrences(ctx, written.id, now, true);
      return;
    case 'restore':
      if (open) syncSeries(ctx, written.id, written.after, now);
      return;
  }
}

function onOccurrenceWritten(ctx: WriteContext, written: WrittenRecord): void {
  if (written.op !== 'delete' && written.op !== 'restore') return;
  const seriesId = written.after['series_id'] as string;
  const series = findRecord(ctx.db, recordTable('activity'), seriesId);
  const originalStart = written.after['original_start'];
  if (!series || series.deletedAt !== null || series.values['status'] !== 'open') return;
  if (typeof originalStart !== 'string') return;
  const slot = slotOf(originalStart, seriesTimeZone(series.values));
  const skipped = withSkippedSlot(series.values, slot, written.op === 'delete');
  if (skipped === (series.values['recurrence_skipped'] ?? null)) return;
  mutateRecord(systemWriter(ctx), {
    op: 'update',
    entity: 'activity',
    id: seriesId,
    values: { recurrence_skipped: skipped },
  });
}
