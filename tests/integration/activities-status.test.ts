import { describe, expect, it } from 'vitest';
import { expectIssues, openBackend, peek } from './helpers';

/** Complete, cancel and reopen through the write path, and what completing fills in. */

const NOW = Date.UTC(2025, 5, 2, 15, 0);

describe('activity status', () => {
  it('starts open with a fitting reason and normal priority', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    const call = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'phone_call', subject: 'Call Anna' },
    });
    expect(call.values).toMatchObject({ status: 'open', status_reason: 'open', priority: 'normal' });
    const meeting = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'appointment', subject: 'Visit', scheduled_start: '2025-06-03T09:00:00Z' },
    });
    // An appointment is scheduled, and lasts half an hour unless told otherwise.
    expect(meeting.values).toMatchObject({
      status_reason: 'scheduled',
      scheduled_end: '2025-06-03T09:30:00.000Z',
      scheduled_duration: 30,
    });
  });

  it('completes with actual times from what is known, then refuses edits until reopened', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    const meeting = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'appointment',
        subject: 'Visit',
        scheduled_start: '2025-06-02T09:00:00Z',
        scheduled_end: '2025-06-02T10:30:00Z',
      },
    });
    const done = await backend.ok('records.update', {
      entity: 'activity',
      id: meeting.id,
      values: { status: 'completed' },
    });
    // The meeting ended before "now": its planned times are the best guess of the actual ones.
    expect(done.values).toMatchObject({
      status: 'completed',
      status_reason: 'completed',
      actual_end: '2025-06-02T10:30:00.000Z',
      actual_duration: 90,
      actual_start: '2025-06-02T09:00:00.000Z',
    });

    const edit = await backend.fail('records.update', { entity: 'activity', id: meeting.id, values: { subject: 'x' } });
    expectIssues(edit, [['values.subject', 'validation.activity_closed']]);
    expect(edit.issues?.[0]?.message).toBe('This activity is closed. Reopen it to change it.');
    // Sending unchanged values along is not an edit.
    await backend.ok('records.update', { entity: 'activity', id: meeting.id, values: { subject: 'Visit' } });
    expectIssues(
      await backend.fail('records.update', { entity: 'activity', id: meeting.id, values: { status: 'canceled' } }),
      [['values.status', 'validation.status_transition']],
    );

    const reopened = await backend.ok('records.update', {
      entity: 'activity',
      id: meeting.id,
      values: { status: 'open' },
    });
    expect(reopened.values).toMatchObject({ status: 'open', status_reason: 'scheduled' });
    await backend.ok('records.update', { entity: 'activity', id: meeting.id, values: { subject: 'Site visit' } });
    const canceled = await backend.ok('records.update', {
      entity: 'activity',
      id: meeting.id,
      values: { status: 'canceled' },
    });
    expect(canceled.values['status_reason']).toBe('canceled');

    // Every step is in the audit history.
    const history = await backend.ok('records.history', { entity: 'activity', id: meeting.id });
    expect(
      history
        .filter((h) => h.field === 'status')
        .map((h) => [h.old_value, h.new_value])
        .reverse(),
    ).toEqual([
      [null, 'open'],
      ['open', 'completed'],
      ['completed', 'open'],
      ['open', 'canceled'],
    ]);
  });

  it('logs a completed call in one create: reason by direction, actual times from the duration', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    const call = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'phone_call',
        subject: 'Call with Contoso',
        direction: 'incoming',
        status: 'completed',
        actual_duration: 12,
      },
    });
    expect(call.values).toMatchObject({
      status_reason: 'received',
      actual_end: new Date(NOW).toISOString(),
      actual_start: new Date(NOW - 12 * 60_000).toISOString(),
      actual_duration: 12,
    });
  });

  it('refuses a status reason of another status, an end before the start, and a series marked complete', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: 'task', subject: 'x', status: 'open', status_reason: 'sent' },
      }),
      [['values.status_reason', 'validation.choice_mismatch']],
    );
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: {
          activity_type: 'appointment',
          subject: 'x',
          scheduled_start: '2025-06-03T10:00:00Z',
          scheduled_end: '2025-06-03T09:00:00Z',
        },
      }),
      [['values.scheduled_end', 'validation.end_before_start']],
    );
    const series = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: 'recurring_appointment',
        subject: 'Weekly',
        scheduled_start: '2025-06-02T09:00:00Z',
        scheduled_end: '2025-06-02T09:30:00Z',
        recurrence_frequency: 'weekly',
        recurrence_end: 'count',
        recurrence_count: 3,
        time_zone: 'UTC',
      },
    });
    expectIssues(
      await backend.fail('records.update', { entity: 'activity', id: series.id, values: { status: 'completed' } }),
      [['values.status', 'validation.status_transition']],
    );
    expect(peek(backend.dataDir).prepare("SELECT count(*) FROM activity WHERE subject = 'x'").pluck().get()).toBe(0);
  });
});
