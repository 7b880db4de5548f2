import { describe, expect, it, vi } from 'vitest';
import type { RecordData } from '../../src-shared/api';
import { count, expectIssues, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * Recurring appointments end to end in the backend: the series generates
 * its occurrences, an occurrence edited by hand becomes an exception that
 * survives edits of the series, deleted occurrences stay deleted, bad
 * patterns save nothing, and an endless series keeps about a year ahead.
 */

const MARCH_1 = Date.UTC(2025, 2, 1, 12, 0);

interface Occurrence {
  id: string;
  subject: string;
  scheduled_start: string;
  original_start: string;
  is_exception: number;
}

function occurrences(backend: TestBackend, seriesId: string): Occurrence[] {
  return peek(backend.dataDir)
    .prepare(
      'SELECT id, subject, scheduled_start, original_start, is_exception FROM activity WHERE series_id = ? AND deleted_at IS NULL ORDER BY original_start',
    )
    .all(seriesId) as Occurrence[];
}

function weekly(backend: TestBackend, extra: Record<string, unknown> = {}): Promise<RecordData> {
  return backend.ok('records.create', {
    entity: 'activity',
    values: {
      activity_type: 'recurring_appointment',
      subject: 'Team meeting',
      scheduled_start: '2025-03-03T09:00:00Z',
      scheduled_end: '2025-03-03T10:00:00Z',
      recurrence_frequency: 'weekly',
      recurrence_weekdays: ['mon', 'wed'],
      recurrence_end: 'count',
      recurrence_count: 6,
      time_zone: 'UTC',
      reminder: '15m',
      ...extra,
    },
  });
}

describe('recurring appointments', () => {
  it('generate their occurrences as appointments of the series', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const events: { entities: readonly string[]; ids: readonly string[] }[] = [];
    backend.on('records-changed', (e) => events.push(e));
    const series = await weekly(backend);
    // One announcement, after the commit, for the series and everything it generated.
    expect(events).toHaveLength(1);
    expect(events[0]?.ids).toHaveLength(7);
    expect(events[0]?.ids[0]).toBe(series.id);
    expect(series.values['recurrence_interval']).toBe(1);
    const list = occurrences(backend, series.id);
    expect(list.map((o) => o.scheduled_start.slice(0, 16))).toEqual([
      '2025-03-03T09:00',
      '2025-03-05T09:00',
      '2025-03-10T09:00',
      '2025-03-12T09:00',
      '2025-03-17T09:00',
      '2025-03-19T09:00',
    ]);
    const first = await backend.ok('records.get', { entity: 'activity', id: list[0]!.id });
    expect(first.values).toMatchObject({
      activity_type: 'appointment',
      subject: 'Team meeting',
      scheduled_end: '2025-03-03T10:00:00.000Z',
      scheduled_duration: 60,
      reminder: '15m',
      reminder_at: '2025-03-03T08:45:00.000Z',
      is_exception: false,
    });
    expect(first.lookups['series_id']).toEqual({ id: series.id, name: 'Team meeting' });
    // The series itself never reminds.
    expect(series.values['reminder_at']).toBeNull();
  });

  it('keep an occurrence moved by hand through edits of the series', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const series = await weekly(backend);
    const before = occurrences(backend, series.id);
    const moved = before[2]!;
    await backend.ok('records.update', {
      entity: 'activity',
      id: moved.id,
      values: { scheduled_start: '2025-03-11T14:00:00Z', scheduled_end: '2025-03-11T15:00:00Z' },
    });
    expect(occurrences(backend, series.id)[2]).toMatchObject({ id: moved.id, is_exception: 1 });

    // A new subject and a new time of day for the whole series.
    await backend.ok('records.update', {
      entity: 'activity',
      id: series.id,
      values: {
        subject: 'Team sync',
        scheduled_start: '2025-03-03T10:00:00Z',
        scheduled_end: '2025-03-03T11:00:00Z',
      },
    });
    const after = occurrences(backend, series.id);
    expect(after.map((o) => o.id)).toEqual(before.map((o) => o.id));
    expect(after.map((o) => [o.subject, o.scheduled_start.slice(0, 16)])).toEqual([
      ['Team sync', '2025-03-03T10:00'],
      ['Team sync', '2025-03-05T10:00'],
      ['Team meeting', '2025-03-11T14:00'],
      ['Team sync', '2025-03-12T10:00'],
      ['Team sync', '2025-03-17T10:00'],
      ['Team sync', '2025-03-19T10:00'],
    ]);

    // Editing one occurrence changes only it.
    await backend.ok('records.update', { entity: 'activity', id: after[4]!.id, values: { location: 'Room 2' } });
    const one = await backend.ok('records.get', { entity: 'activity', id: after[4]!.id });
    expect(one.values).toMatchObject({ location: 'Room 2', is_exception: true });
    expect(occurrences(backend, series.id).filter((o) => o.is_exception === 1)).toHaveLength(2);

    // Fewer weekdays: the untouched occurrences of the dropped day go, the exceptions stay.
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { recurrence_weekdays: ['mon'] } });
    expect(occurrences(backend, series.id).map((o) => o.scheduled_start.slice(0, 10))).toEqual([
      '2025-03-03',
      // The moved occurrence holds the slot of the 10th.
      '2025-03-11',
      '2025-03-17',
      '2025-03-24',
      '2025-03-31',
      '2025-04-07',
    ]);
  });

  it('leave the past alone when the series is edited later', async () => {
    let now = MARCH_1;
    const backend = openBackend(undefined, { now: () => now });
    const series = await weekly(backend);
    now = Date.UTC(2025, 2, 11);
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { subject: 'Renamed' } });
    expect(occurrences(backend, series.id).map((o) => o.subject)).toEqual([
      'Team meeting',
      'Team meeting',
      'Team meeting',
      'Renamed',
      'Renamed',
      'Renamed',
    ]);
  });

  it('do not bring back an occurrence deleted by hand, until it is restored', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const series = await weekly(backend);
    const gone = occurrences(backend, series.id)[1]!;
    await backend.ok('records.delete', { entity: 'activity', id: gone.id });
    const stored = await backend.ok('records.get', { entity: 'activity', id: series.id });
    expect(stored.values['recurrence_skipped']).toBe('2025-03-05');
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { location: 'Room 1' } });
    expect(occurrences(backend, series.id).map((o) => o.original_start.slice(0, 10))).not.toContain('2025-03-05');
    await backend.ok('records.restore', { entity: 'activity', id: gone.id });
    expect(
      (await backend.ok('records.get', { entity: 'activity', id: series.id })).values['recurrence_skipped'],
    ).toBeNull();
    expect(occurrences(backend, series.id)).toHaveLength(6);
  });

  it('remove future occurrences when the series is canceled or deleted, and bring them back', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const series = await weekly(backend);
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { status: 'canceled' } });
    expect(occurrences(backend, series.id)).toEqual([]);
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { status: 'open' } });
    expect(occurrences(backend, series.id)).toHaveLength(6);
    await backend.ok('records.delete', { entity: 'activity', id: series.id });
    expect(occurrences(backend, series.id)).toEqual([]);
    await backend.ok('records.restore', { entity: 'activity', id: series.id });
    expect(occurrences(backend, series.id)).toHaveLength(6);
  });

  it('stay at the same local time across a daylight-saving change', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const series = await weekly(backend, {
      // 09:00 in Berlin, winter time (UTC+1).
      scheduled_start: '2025-03-24T08:00:00Z',
      scheduled_end: '2025-03-24T08:30:00Z',
      recurrence_weekdays: ['mon'],
      recurrence_count: 3,
      time_zone: 'Europe/Berlin',
    });
    expect(occurrences(backend, series.id).map((o) => o.scheduled_start)).toEqual([
      '2025-03-24T08:00:00.000Z',
      // Summer time from 30 March: 09:00 is 07:00 UTC.
      '2025-03-31T07:00:00.000Z',
      '2025-04-07T07:00:00.000Z',
    ]);
  });

  it('refuse patterns that end before they start or have no occurrence, saving nothing', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const db = peek(backend.dataDir);
    const early = await backend.fail('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'recurring_appointment',
        subject: 'x',
        scheduled_start: '2025-03-03T09:00:00Z',
        scheduled_end: '2025-03-03T10:00:00Z',
        recurrence_frequency: 'daily',
        recurrence_end: 'until',
        recurrence_until: '2025-03-02',
      },
    });
    expectIssues(early, [['values.recurrence_until', 'validation.recurrence_ends_before_start']]);
    expect(early.issues?.[0]?.message).toBe('The series must not end before its first day.');
    const never = await backend.fail('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'recurring_appointment',
        subject: 'x',
        // A Monday; Saturdays only, ending on Friday.
        scheduled_start: '2025-03-03T09:00:00Z',
        scheduled_end: '2025-03-03T10:00:00Z',
        recurrence_frequency: 'weekly',
        recurrence_weekdays: ['sat'],
        recurrence_end: 'until',
        recurrence_until: '2025-03-07',
        time_zone: 'UTC',
      },
    });
    expectIssues(never, [['values.recurrence_until', 'validation.recurrence_no_occurrence']]);
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'recurring_appointment', subject: 'x', recurrence_frequency: 'daily' },
      }),
      [
        ['values.scheduled_start', 'validation.required'],
        ['values.scheduled_end', 'validation.required'],
      ],
    );
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: {
          activity_type: 'recurring_appointment',
          subject: 'x',
          scheduled_start: '2025-03-03T09:00:00Z',
          scheduled_end: '2025-03-03T10:00:00Z',
          recurrence_frequency: 'daily',
          recurrence_end: 'count',
        },
      }),
      [['values.recurrence_count', 'validation.required']],
    );
    expect(count(db, 'activity')).toBe(0);
    expect(count(db, 'outbox')).toBe(0);
  });

  it('clear the weekdays when the series stops being weekly', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    const series = await weekly(backend);
    const daily = await backend.ok('records.update', {
      entity: 'activity',
      id: series.id,
      values: { recurrence_frequency: 'daily' },
    });
    expect(daily.values['recurrence_weekdays']).toBeNull();
    expect(occurrences(backend, series.id).map((o) => o.scheduled_start.slice(0, 10))).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
    ]);
  });

  it('keep an endless series about a year ahead as time passes', async () => {
    const dataDir = tempDataDir();
    const first = openBackend(dataDir, { now: () => MARCH_1 });
    const series = await weekly(first, { recurrence_end: 'never', recurrence_weekdays: ['mon'] });
    const initial = occurrences(first, series.id);
    expect(initial).toHaveLength(52);
    expect(initial[initial.length - 1]!.scheduled_start.slice(0, 10)).toBe('2026-02-23');
    first.close();

    // Opened again 100 days later: topped up to a year from then.
    const later = openBackend(dataDir, { now: () => MARCH_1 + 100 * 86_400_000 });
    await later.ok('app.info', {});
    const topped = occurrences(later, series.id);
    expect(topped).toHaveLength(67);
    expect(topped[topped.length - 1]!.scheduled_start.slice(0, 10)).toBe('2026-06-08');
    expect(new Set(topped.map((o) => o.original_start)).size).toBe(topped.length);
  });

  it('save nothing of the series when one of its occurrences cannot be written', async () => {
    const backend = openBackend(undefined, { now: () => MARCH_1 });
    await backend.ok('app.info', {});
    const db = peek(backend.dataDir);
    db.exec(
      "CREATE TRIGGER inject_failure BEFORE INSERT ON activity WHEN NEW.series_id IS NOT NULL BEGIN SELECT RAISE(ABORT, 'injected'); END",
    );
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const events: unknown[] = [];
    backend.on('records-changed', (e) => events.push(e));
    const error = await backend.fail('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'recurring_appointment',
        subject: 'Team meeting',
        scheduled_start: '2025-03-03T09:00:00Z',
        scheduled_end: '2025-03-03T10:00:00Z',
        recurrence_frequency: 'daily',
        time_zone: 'UTC',
      },
    });
    stderr.mockRestore();
    expect(error.code).toBe('INTERNAL');
    expect([count(db, 'activity'), count(db, 'outbox'), count(db, 'audit'), count(db, 'record_party')]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(events).toEqual([]);
  });
});
