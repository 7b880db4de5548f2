import { describe, expect, it } from 'vitest';
import { count, expectIssues, openBackend, peek, type TestBackend } from './helpers';
import { activity, appointment, at, DAY, MONDAY, NOW } from './calendar-fixtures';

/**
 * `calendar.move`: dragging an activity to another time. It keeps its
 * length, goes through the write path (history, reminders, exceptions of
 * series), and an occurrence more than a year ahead is written as a record
 * first, with the ones before it, so the series stays whole.
 */

async function setUp(): Promise<TestBackend> {
  const backend = openBackend(undefined, { now: () => NOW });
  await backend.ok('app.startEmpty', {});
  return backend;
}

function get(backend: TestBackend, id: string) {
  return backend.ok('records.get', { entity: 'activity', id });
}

describe('calendar.move', () => {
  it('moves an appointment keeping its length, and a task’s due date', async () => {
    const backend = await setUp();
    const meeting = await appointment(backend, 'Review', at(MONDAY, '09:00'), at(MONDAY, '10:30'), { reminder: '15m' });
    const events: { ids: readonly string[] }[] = [];
    backend.on('records-changed', (e) => events.push(e));
    expect(await backend.ok('calendar.move', { target: { id: meeting.id }, start: at('2025-03-05', '14:00') })).toEqual(
      {
        id: meeting.id,
      },
    );
    expect(events).toEqual([{ entities: ['activity'], ids: [meeting.id] }]);
    expect((await get(backend, meeting.id)).values).toMatchObject({
      scheduled_start: '2025-03-05T14:00:00.000Z',
      scheduled_end: '2025-03-05T15:30:00.000Z',
      scheduled_duration: 90,
      reminder_at: '2025-03-05T13:45:00.000Z',
    });
    // With an end: the new length.
    await backend.ok('calendar.move', {
      target: { id: meeting.id },
      start: at('2025-03-05', '14:00'),
      end: at('2025-03-05', '14:30'),
    });
    expect((await get(backend, meeting.id)).values['scheduled_duration']).toBe(30);

    const task = await activity(backend, {
      activity_type: 'task',
      subject: 'Call back',
      due_date: at(MONDAY, '16:00'),
    });
    await backend.ok('calendar.move', { target: { id: task.id }, start: at('2025-03-04', '11:00') });
    expect((await get(backend, task.id)).values['due_date']).toBe('2025-03-04T11:00:00.000Z');
    const history = await backend.ok('records.history', { entity: 'activity', id: task.id });
    expect(history.some((h) => h.field === 'due_date' && h.new_value === '2025-03-04T11:00:00.000Z')).toBe(true);
  });

  it('refuses closed activities and series, and unknown records', async () => {
    const backend = await setUp();
    const done = await appointment(backend, 'Done', at(MONDAY, '09:00'), at(MONDAY, '10:00'));
    await backend.ok('records.update', { entity: 'activity', id: done.id, values: { status: 'completed' } });
    const closed = await backend.fail('calendar.move', { target: { id: done.id }, start: at(MONDAY, '11:00') });
    expect(closed.code).toBe('VALIDATION');
    expect(closed.issues?.[0]?.messageKey).toBe('validation.activity_closed');
    const series = await activity(backend, {
      activity_type: 'recurring_appointment',
      subject: 'Series',
      scheduled_start: at(MONDAY, '09:00'),
      scheduled_end: at(MONDAY, '10:00'),
      recurrence_frequency: 'daily',
      recurrence_end: 'count',
      recurrence_count: 2,
    });
    expectIssues(await backend.fail('calendar.move', { target: { id: series.id }, start: at(MONDAY, '11:00') }), [
      ['target', 'validation.calendar_move_series'],
    ]);
    const missing = await backend.fail('calendar.move', {
      target: { id: '01900000-0000-7000-8000-000000000999' },
      start: at(MONDAY, '11:00'),
    });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('makes a moved occurrence an exception of its series', async () => {
    const backend = await setUp();
    const series = await activity(backend, {
      activity_type: 'recurring_appointment',
      subject: 'Stand-up',
      scheduled_start: at(MONDAY, '09:00'),
      scheduled_end: at(MONDAY, '09:15'),
      recurrence_frequency: 'daily',
      recurrence_end: 'count',
      recurrence_count: 5,
      time_zone: 'UTC',
    });
    const week = await backend.ok('calendar.range', { from: at(MONDAY, '00:00'), to: at('2025-03-10', '00:00') });
    const tuesday = week.items[1]!;
    await backend.ok('calendar.move', { target: { id: tuesday.id! }, start: at('2025-03-04', '15:00') });
    expect((await get(backend, tuesday.id!)).values).toMatchObject({
      scheduled_start: '2025-03-04T15:00:00.000Z',
      scheduled_end: '2025-03-04T15:15:00.000Z',
      is_exception: true,
      original_start: '2025-03-04T09:00:00.000Z',
    });
    // Editing the series leaves the moved one where it was put.
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { subject: 'Daily' } });
    expect((await get(backend, tuesday.id!)).values['scheduled_start']).toBe('2025-03-04T15:00:00.000Z');
  });

  it('writes an occurrence more than a year ahead, and the ones before it, when it is moved', async () => {
    const backend = await setUp();
    const series = await activity(backend, {
      activity_type: 'recurring_appointment',
      subject: 'Monthly board',
      scheduled_start: at(MONDAY, '10:00'),
      scheduled_end: at(MONDAY, '12:00'),
      recurrence_frequency: 'monthly',
      recurrence_monthly_by: 'day_of_month',
      time_zone: 'UTC',
    });
    const db = peek(backend.dataDir);
    const live = `series_id = '${series.id}' AND deleted_at IS NULL`;
    expect(count(db, 'activity', live)).toBe(12);
    const far = { from: at('2027-03-01', '00:00'), to: at('2027-03-31', '00:00') };
    const [pattern] = (await backend.ok('calendar.range', far)).items;
    expect(pattern).toMatchObject({ id: null, start: '2027-03-03T10:00:00.000Z' });

    const { id } = await backend.ok('calendar.move', {
      target: { seriesId: series.id, originalStart: pattern!.series!.originalStart },
      start: at('2027-03-04', '15:00'),
    });
    // March 2025 … March 2027: 25 occurrences, none missing in between.
    expect(count(db, 'activity', live)).toBe(25);
    expect((await get(backend, id)).values).toMatchObject({
      scheduled_start: '2027-03-04T15:00:00.000Z',
      scheduled_end: '2027-03-04T17:00:00.000Z',
      is_exception: true,
      original_start: '2027-03-03T10:00:00.000Z',
    });
    const [moved] = (await backend.ok('calendar.range', far)).items;
    expect(moved).toMatchObject({ id, start: '2027-03-04T15:00:00.000Z', isException: true });

    // Editing the series keeps its records whole up to the moved one (no gap for topping up to skip).
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { location: 'Board room' } });
    expect(count(db, 'activity', live)).toBe(25);
    expect(count(db, 'activity', `${live} AND location = 'Board room'`)).toBe(24);

    // A slot the pattern does not have is not an occurrence.
    const wrong = await backend.fail('calendar.move', {
      target: { seriesId: series.id, originalStart: at('2027-05-04', '10:00') },
      start: at('2027-05-05', '10:00'),
    });
    expect(wrong.code).toBe('NOT_FOUND');
    expect(NOW + 700 * DAY).toBeGreaterThan(Date.parse(at('2027-01-01', '00:00')));
  });
});
