import { describe, expect, it } from 'vitest';
import type { RecordValues } from '../../api';
import { getEntity } from '../../entities';
import { prepareWrite } from '../write-rules';
import { reminderAtOf } from './reminder';
import { seriesPattern, skippedSlots, slotOf, withSkippedSlot } from './series';
import { commandsFor } from './status';
import { activityWriteRule, completionDefaults } from './write-rule';

const activity = getEntity('activity');
const NOW = Date.UTC(2025, 5, 2, 12, 0);

function create(values: RecordValues) {
  return prepareWrite(activity, values, 'create', null, NOW);
}

describe('the activity write rule', () => {
  it('fills status, reason and priority on create', () => {
    expect(create({ activity_type: 'email', subject: 'Offer' }).values).toMatchObject({
      status: 'open',
      status_reason: 'open',
      priority: 'normal',
    });
    expect(create({ activity_type: 'email', subject: 'Offer', status: 'completed' }).values).toMatchObject({
      status_reason: 'sent',
      actual_end: new Date(NOW).toISOString(),
    });
  });

  it('derives the reminder time from the start or the due date', () => {
    expect(reminderAtOf({ activity_type: 'task', due_date: '2025-06-03T10:00:00.000Z', reminder: '1h' })).toBe(
      '2025-06-03T09:00:00.000Z',
    );
    expect(
      reminderAtOf({ activity_type: 'appointment', scheduled_start: '2025-06-03T10:00:00.000Z', reminder: 'at_start' }),
    ).toBe('2025-06-03T10:00:00.000Z');
    expect(reminderAtOf({ activity_type: 'task', reminder: '1h' })).toBeNull();
    expect(reminderAtOf({ activity_type: 'task', due_date: '2025-06-03T10:00:00.000Z' })).toBeNull();
    const moved = prepareWrite(
      activity,
      { due_date: '2025-06-04T10:00:00Z' },
      'update',
      {
        activity_type: 'task',
        status: 'open',
        due_date: '2025-06-03T10:00:00.000Z',
        reminder: '15m',
        reminder_at: 'x',
      },
      NOW,
    );
    expect(moved.values['reminder_at']).toBe('2025-06-04T09:45:00.000Z');
  });

  it('completes with sensible actual times', () => {
    // Planned end already passed: the planned times.
    expect(
      completionDefaults(
        {
          activity_type: 'appointment',
          scheduled_start: '2025-06-02T09:00:00.000Z',
          scheduled_end: '2025-06-02T10:00:00.000Z',
          scheduled_duration: 60,
        },
        NOW,
      ),
    ).toEqual({
      actual_end: '2025-06-02T10:00:00.000Z',
      actual_duration: 60,
      actual_start: '2025-06-02T09:00:00.000Z',
    });
    // Finished early: ends now; the actual start given makes the duration.
    expect(
      completionDefaults(
        {
          activity_type: 'appointment',
          scheduled_end: '2025-06-02T15:00:00.000Z',
          actual_start: '2025-06-02T11:20:00.000Z',
        },
        NOW,
      ),
    ).toEqual({ actual_end: '2025-06-02T12:00:00.000Z', actual_duration: 40 });
    // Nothing known but now.
    expect(completionDefaults({ activity_type: 'task' }, NOW)).toEqual({ actual_end: '2025-06-02T12:00:00.000Z' });
  });

  it('keeps a meeting’s length when it moves, and moves its end when the length changes', () => {
    const stored = {
      activity_type: 'appointment',
      status: 'open',
      status_reason: 'scheduled',
      priority: 'normal',
      scheduled_start: '2025-06-03T09:00:00.000Z',
      scheduled_end: '2025-06-03T10:00:00.000Z',
      scheduled_duration: 60,
    };
    const update = (values: RecordValues) => prepareWrite(activity, values, 'update', stored, NOW).values;
    expect(update({ scheduled_start: '2025-06-03T14:00:00Z' })).toMatchObject({
      scheduled_end: '2025-06-03T15:00:00.000Z',
    });
    expect(update({ scheduled_duration: '1:30' })).toMatchObject({ scheduled_end: '2025-06-03T10:30:00.000Z' });
    expect(update({ scheduled_end: '2025-06-03T09:45:00Z' })).toMatchObject({ scheduled_duration: 45 });
  });

  it('marks a hand edit of an occurrence as an exception, but not the series’ own updates', () => {
    const stored = {
      activity_type: 'appointment',
      status: 'open',
      status_reason: 'scheduled',
      series_id: 'S',
      subject: 'Weekly',
      is_exception: false,
    };
    const edit = activityWriteRule({
      entity: activity,
      mode: 'update',
      stored,
      changes: { subject: 'Moved' },
      now: NOW,
      command: false,
    });
    expect(edit.patch['is_exception']).toBe(true);
    const bySeries = activityWriteRule({
      entity: activity,
      mode: 'update',
      stored,
      changes: { subject: 'Renamed', is_exception: false },
      now: NOW,
      command: false,
    });
    expect(bySeries.patch['is_exception']).toBeUndefined();
    expect(
      activityWriteRule({
        entity: activity,
        mode: 'update',
        stored,
        changes: { subject: 'Weekly' },
        now: NOW,
        command: false,
      }).patch,
    ).toEqual({});
  });

  it('offers Complete, Cancel and Reopen as the status allows', () => {
    expect(commandsFor('open', 'task')).toEqual(['complete', 'cancel']);
    expect(commandsFor('completed', 'task')).toEqual(['reopen']);
    expect(commandsFor('canceled', 'phone_call')).toEqual(['reopen']);
    expect(commandsFor('open', 'recurring_appointment')).toEqual(['cancel']);
  });
});

describe('series patterns', () => {
  const series = {
    activity_type: 'recurring_appointment',
    scheduled_start: '2025-03-05T08:00:00.000Z',
    scheduled_end: '2025-03-05T09:30:00.000Z',
    recurrence_frequency: 'monthly',
    recurrence_monthly_by: 'weekday',
    recurrence_end: 'never',
    time_zone: 'Asia/Tehran',
  };

  it('read the first occurrence’s local date and time, and the duration', () => {
    const result = seriesPattern(series);
    expect('pattern' in result && result.pattern).toMatchObject({
      startDate: { year: 2025, month: 3, day: 5 },
      startMinutes: 11 * 60 + 30,
      durationMinutes: 90,
      frequency: 'monthly',
      monthlyBy: 'weekday',
      interval: 1,
    });
  });

  it('name the field at fault', () => {
    const refusal = (values: RecordValues) => {
      const result = seriesPattern({ ...series, ...values });
      return 'issues' in result ? result.issues.map((i) => [i.path[1], i.messageKey]) : [];
    };
    expect(refusal({ time_zone: 'Mars/Olympus' })).toEqual([['time_zone', 'validation.unknown_time_zone']]);
    expect(refusal({ scheduled_end: '2025-03-05T07:00:00.000Z' })).toEqual([
      ['scheduled_end', 'validation.end_before_start'],
    ]);
    expect(refusal({ recurrence_end: 'until', recurrence_until: '2025-03-04' })).toEqual([
      ['recurrence_until', 'validation.recurrence_ends_before_start'],
    ]);
  });

  it('keep skipped slots as local dates', () => {
    expect(slotOf('2025-03-05T21:00:00.000Z', 'Asia/Tehran')).toBe('2025-03-06');
    const once = withSkippedSlot(series, '2025-04-02', true);
    expect(once).toBe('2025-04-02');
    const twice = withSkippedSlot({ ...series, recurrence_skipped: once }, '2025-03-05', true);
    expect(twice).toBe('2025-03-05 2025-04-02');
    expect([...skippedSlots({ recurrence_skipped: twice })]).toEqual(['2025-03-05', '2025-04-02']);
    expect(withSkippedSlot({ recurrence_skipped: '2025-04-02' }, '2025-04-02', false)).toBeNull();
  });
});
