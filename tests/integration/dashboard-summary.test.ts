import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src-shared/entities';
import { systemViewsOf } from '../../src-shared/views/system-views';
import { openBackend, type TestBackend } from './helpers';

/**
 * `dashboard.summary` on a real file: the user's open activities counted
 * exactly as the system views they open list them, the most urgent first,
 * the coming birthdays, anniversaries and custom important dates of the
 * user's contacts, and this week's time; all in the user's zone and week.
 */

// A Wednesday; the week (starting Monday) runs 9 to 15 March.
const NOW = Date.parse('2026-03-11T12:00:00Z');
const CLOCK = { timeZone: 'UTC', weekStart: 1 };

async function activity(backend: TestBackend, subject: string, values: Record<string, unknown>) {
  return backend.ok('records.create', { entity: 'activity', values: { subject, ...values } });
}

async function world() {
  const backend = openBackend(undefined, { now: () => NOW });
  const acme = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
  const regarding = `account:${acme.id}`;
  const task = (subject: string, due?: string) =>
    activity(backend, subject, { activity_type: 'task', regarding, ...(due ? { due_date: due } : {}) });
  const meeting = (subject: string, start: string, end: string) =>
    activity(backend, subject, { activity_type: 'appointment', scheduled_start: start, scheduled_end: end });
  await activity(backend, 'Late call', { activity_type: 'phone_call', due_date: '2026-03-10T09:00:00Z', regarding });
  await activity(backend, 'Morning call', { activity_type: 'phone_call', due_date: '2026-03-11T08:00:00Z' });
  await task('Afternoon task', '2026-03-11T16:00:00Z');
  await meeting('Meeting today', '2026-03-11T15:00:00Z', '2026-03-11T16:00:00Z');
  await meeting('Old meeting', '2026-03-09T10:00:00Z', '2026-03-09T11:00:00Z');
  // Running now: not late yet.
  await meeting('Running meeting', '2026-03-11T11:00:00Z', '2026-03-11T13:00:00Z');
  await task('Friday task', '2026-03-13T10:00:00Z');
  await task('Next Wednesday', '2026-03-18T23:00:00Z');
  await task('Far task', '2026-03-25T10:00:00Z');
  await task('No date');
  // A series is left out; its one occurrence (long past, still open) is overdue.
  await activity(backend, 'Standup', {
    activity_type: 'recurring_appointment',
    scheduled_start: '2026-03-02T09:00:00Z',
    scheduled_end: '2026-03-02T09:15:00Z',
    recurrence_frequency: 'daily',
    recurrence_end: 'count',
    recurrence_count: 1,
    time_zone: 'UTC',
  });
  const done = await task('Done this week', '2026-03-10T10:00:00Z');
  await backend.ok('records.update', {
    entity: 'activity',
    id: done.id,
    values: {
      status: 'completed',
      actual_start: '2026-03-10T10:00:00Z',
      actual_end: '2026-03-10T10:45:00Z',
      actual_duration: 45,
    },
  });
  await activity(backend, 'Done last week', {
    activity_type: 'phone_call',
    status: 'completed',
    actual_start: '2026-03-06T10:00:00Z',
    actual_end: '2026-03-06T10:30:00Z',
    actual_duration: 30,
  });
  const canceled = await task('Canceled', '2026-03-10T10:00:00Z');
  await backend.ok('records.update', { entity: 'activity', id: canceled.id, values: { status: 'canceled' } });
  return backend;
}

describe('dashboard summary', () => {
  it('counts the user’s open activities as the views list them, most urgent first, and this week’s time', async () => {
    const backend = await world();
    const summary = await backend.ok('dashboard.summary', CLOCK);
    expect(summary.activities).toMatchObject({ open: 12, overdue: 4, dueToday: 4, soon: 2 });
    expect(summary.activities.urgent.map((a) => [a.subject, a.overdue])).toEqual([
      ['Standup', true],
      ['Old meeting', true],
      ['Late call', true],
      ['Morning call', true],
      ['Running meeting', false],
      ['Meeting today', false],
    ]);
    expect(summary.activities.urgent[2]).toMatchObject({
      type: 'phone_call',
      due: '2026-03-10T09:00:00.000Z',
      dueIsStart: false,
      regarding: { name: 'Acme' },
    });
    expect(summary.activities.urgent[1]).toMatchObject({ due: '2026-03-09T10:00:00.000Z', dueIsStart: true });
    expect(summary.week).toEqual({
      from: '2026-03-09',
      to: '2026-03-15',
      totalMinutes: 45,
      count: 1,
      byType: [{ type: 'task', minutes: 45, count: 1 }],
    });

    // Each count is the number of rows its view lists.
    const views = systemViewsOf(getEntity('activity'));
    const listed = async (key: string) => {
      const view = views.find((v) => v.id === `builtin:activity:${key}`)!;
      const page = await backend.ok('records.list', { entity: 'activity', criteria: view.criteria, ...CLOCK });
      return page.rows.map((r) => r.display_name).sort();
    };
    expect(await listed('overdue')).toEqual(['Late call', 'Morning call', 'Old meeting', 'Standup']);
    expect(await listed('due_today')).toEqual(['Afternoon task', 'Meeting today', 'Morning call', 'Running meeting']);
    expect(await listed('my_open')).toHaveLength(summary.activities.open);
    expect(await listed('completed')).toEqual(['Done last week', 'Done this week']);
    expect(await listed('all_open')).toHaveLength(12);
  });

  it('takes today and the week in the user’s zone', async () => {
    const backend = await world();
    // 12:00 UTC on Wednesday is already Thursday 01:00 in Auckland (UTC+13): the afternoon's work is due "today".
    const summary = await backend.ok('dashboard.summary', { timeZone: 'Pacific/Auckland', weekStart: 1 });
    expect(summary.activities.dueToday).toBe(3);
    expect(summary.week).toMatchObject({ from: '2026-03-09', to: '2026-03-15' });
    const sunday = await backend.ok('dashboard.summary', { timeZone: 'UTC', weekStart: 0 });
    expect(sunday.week).toMatchObject({ from: '2026-03-08', to: '2026-03-14', totalMinutes: 45 });
    expect((await backend.fail('dashboard.summary', { timeZone: 'Mars/Olympus' })).code).toBe('VALIDATION');
  });

  it('lists the coming birthdays, anniversaries and important custom dates, soonest first, and says when there are more', async () => {
    const empty = await openBackend(undefined, { now: () => NOW }).ok('dashboard.summary', CLOCK);
    expect(empty.dates).toEqual({ items: [], more: false });
    expect(empty.activities).toMatchObject({ open: 0, overdue: 0, dueToday: 0, soon: 0, urgent: [] });
    expect(empty.week).toMatchObject({ totalMinutes: 0, count: 0, byType: [] });

    const backend = openBackend(undefined, { now: () => NOW });
    await backend.ok('customization.addField', {
      entity: 'contact',
      name: 'first_meeting',
      type: 'date',
      labels: { en: 'First meeting' },
      importantDate: true,
    });
    const contact = (last_name: string, values: Record<string, unknown>) =>
      backend.ok('records.create', { entity: 'contact', values: { last_name, ...values } });
    await contact('Birthday', { birthday: '1980-03-12' });
    await contact('Married', { anniversary: '2015-03-11' });
    await contact('Met', { cf_first_meeting: '2020-04-05' });
    await contact('Too far', { birthday: '1980-04-20' });
    let summary = await backend.ok('dashboard.summary', CLOCK);
    expect(summary.dates.items.map((d) => [d.contactName, d.kind, d.next, d.daysAway])).toEqual([
      ['Married', 'anniversary', '2026-03-11', 0],
      ['Birthday', 'birthday', '2026-03-12', 1],
      ['Met', 'cf_first_meeting', '2026-04-05', 25],
    ]);
    expect(summary.dates.more).toBe(false);

    for (let i = 0; i < 8; i++) await contact(`Party ${i}`, { birthday: '1990-03-20' });
    summary = await backend.ok('dashboard.summary', CLOCK);
    expect(summary.dates.items).toHaveLength(8);
    expect(summary.dates.items.slice(0, 3).map((d) => d.contactName)).toEqual(['Married', 'Birthday', 'Party 0']);
    expect(summary.dates.more).toBe(true);
  });
});
