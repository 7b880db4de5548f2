import { describe, expect, it } from 'vitest';
import { openBackend, type TestBackend } from './helpers';
import { activity, addUser, appointment, at, currentUserId, DAY, MONDAY, NOW } from './calendar-fixtures';

/**
 * `calendar.conflicts`: for a proposed appointment, each person's other open
 * appointments at an overlapping time. Back-to-back is not a clash; closed
 * appointments and tasks never clash; the appointment itself, its own
 * series, or the occurrence being moved do not count.
 */

const BEA = '01900000-0000-7000-8000-0000000000b2';

async function setUp(): Promise<{ backend: TestBackend; me: string; contact: string }> {
  const backend = openBackend(undefined, { now: () => NOW });
  await backend.ok('app.startEmpty', {});
  addUser(backend, BEA, 'Bea');
  const contact = await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'Dana', last_name: 'Client' },
  });
  return { backend, me: await currentUserId(backend), contact: contact.id };
}

function conflicts(backend: TestBackend, input: Record<string, unknown>) {
  return backend.ok('calendar.conflicts', input);
}

const slot = (date: string, start: string, end: string) => ({ start: at(date, start), end: at(date, end) });

describe('calendar.conflicts', () => {
  it('names each person double-booked and what they already have then', async () => {
    const { backend, me, contact } = await setUp();
    const review = await appointment(backend, 'Review', at(MONDAY, '09:00'), at(MONDAY, '10:00'), {
      regarding: `contact:${contact}`,
    });
    await appointment(backend, 'Bea’s visit', at(MONDAY, '09:30'), at(MONDAY, '11:00'), {
      owner_id: BEA,
      required_attendees: [`contact:${contact}`],
    });
    await appointment(backend, 'Bea later', at(MONDAY, '13:00'), at(MONDAY, '14:00'), { owner_id: BEA });

    const { clashes } = await conflicts(backend, {
      slots: [slot(MONDAY, '09:45', '10:15')],
      parties: [`user:${me}`, `contact:${contact}`, `user:${BEA}`],
    });
    expect(clashes.map((c) => [c.party, c.name, c.items.map((i) => i.subject)])).toEqual([
      [`user:${me}`, 'Administrator', ['Review']],
      [`contact:${contact}`, 'Dana Client', ['Bea’s visit']],
      [`user:${BEA}`, 'Bea', ['Bea’s visit']],
    ]);
    expect(clashes[0]?.items[0]).toMatchObject({
      id: review.id,
      start: '2025-03-03T09:00:00.000Z',
      end: '2025-03-03T10:00:00.000Z',
      ownerId: me,
      regarding: { ref: `contact:${contact}`, name: 'Dana Client' },
    });
  });

  it('does not count back-to-back meetings, closed appointments, tasks or the appointment itself', async () => {
    const { backend, me } = await setUp();
    const mine = await appointment(backend, 'Mine', at(MONDAY, '09:00'), at(MONDAY, '10:00'));
    const done = await appointment(backend, 'Done', at(MONDAY, '10:00'), at(MONDAY, '11:00'));
    await backend.ok('records.update', { entity: 'activity', id: done.id, values: { status: 'completed' } });
    const dropped = await appointment(backend, 'Dropped', at(MONDAY, '10:00'), at(MONDAY, '11:00'));
    await backend.ok('records.update', { entity: 'activity', id: dropped.id, values: { status: 'canceled' } });
    await activity(backend, { activity_type: 'task', subject: 'Task', due_date: at(MONDAY, '10:30') });
    const gone = await appointment(backend, 'Deleted', at(MONDAY, '10:00'), at(MONDAY, '11:00'));
    await backend.ok('records.delete', { entity: 'activity', id: gone.id });
    const self = [`user:${me}`];

    expect((await conflicts(backend, { slots: [slot(MONDAY, '10:00', '11:00')], parties: self })).clashes).toEqual([]);
    expect((await conflicts(backend, { slots: [slot(MONDAY, '08:00', '09:00')], parties: self })).clashes).toEqual([]);
    // Moving "Mine" half an hour: it does not clash with where it is now.
    expect(
      (await conflicts(backend, { slots: [slot(MONDAY, '09:30', '10:30')], parties: self, excludeId: mine.id }))
        .clashes,
    ).toEqual([]);
    const clash = await conflicts(backend, { slots: [slot(MONDAY, '09:30', '10:30')], parties: self });
    expect(clash.clashes[0]?.items.map((i) => i.subject)).toEqual(['Mine']);
    // An appointment of no length inside a meeting clashes with it.
    const moment = await conflicts(backend, { slots: [slot(MONDAY, '09:30', '09:30')], parties: self });
    expect(moment.clashes[0]?.items.map((i) => i.subject)).toEqual(['Mine']);
  });

  it('finds clashes with a long meeting that began before, and across several slots', async () => {
    const { backend, me } = await setUp();
    await appointment(backend, 'Offsite', at('2025-02-28', '09:00'), at(MONDAY, '12:00'));
    await appointment(backend, 'Wednesday lunch', at('2025-03-05', '12:00'), at('2025-03-05', '13:00'));
    const { clashes } = await conflicts(backend, {
      slots: [
        slot(MONDAY, '11:00', '11:30'),
        slot('2025-03-04', '12:00', '13:00'),
        slot('2025-03-05', '12:30', '13:30'),
      ],
      parties: [`user:${me}`],
    });
    expect(clashes[0]?.items.map((i) => i.subject)).toEqual(['Offsite', 'Wednesday lunch']);
  });

  it('counts occurrences of series, except those of the series being edited or the occurrence being moved', async () => {
    const { backend, me } = await setUp();
    const series = await activity(backend, {
      activity_type: 'recurring_appointment',
      subject: 'Stand-up',
      scheduled_start: at(MONDAY, '09:00'),
      scheduled_end: at(MONDAY, '09:30'),
      recurrence_frequency: 'daily',
      time_zone: 'UTC',
      required_attendees: [`user:${BEA}`],
    });
    const bea = [`user:${BEA}`];
    const tuesday = await conflicts(backend, { slots: [slot('2025-03-04', '09:15', '09:45')], parties: bea });
    expect(tuesday.clashes.map((c) => [c.name, c.items.map((i) => [i.subject, i.start])])).toEqual([
      ['Bea', [['Stand-up', '2025-03-04T09:00:00.000Z']]],
    ]);
    expect(tuesday.clashes[0]?.items[0]?.series?.id).toBe(series.id);
    const editing = await conflicts(backend, {
      slots: [slot('2025-03-04', '09:15', '09:45')],
      parties: bea,
      excludeSeriesId: series.id,
    });
    expect(editing.clashes).toEqual([]);

    // Two years ahead the occurrences come from the pattern; the one being moved does not clash with itself.
    const far = '2027-03-02';
    const farClash = await conflicts(backend, { slots: [slot(far, '09:00', '09:10')], parties: [`user:${me}`] });
    expect(farClash.clashes.map((c) => c.items.map((i) => [i.id, i.start]))).toEqual([
      [[null, '2027-03-02T09:00:00.000Z']],
    ]);
    const moving = await conflicts(backend, {
      slots: [slot(far, '09:00', '09:10')],
      parties: [`user:${me}`],
      excludeOccurrence: { seriesId: series.id, originalStart: at(far, '09:00') },
    });
    expect(moving.clashes).toEqual([]);
    expect(Date.parse(at(far, '09:00'))).toBeGreaterThan(NOW + 400 * DAY);
  });

  it('refuses what is not a proposal', async () => {
    const { backend } = await setUp();
    expect((await backend.fail('calendar.conflicts', { slots: [], parties: ['user:x'] })).code).toBe('VALIDATION');
    const backwards = { start: at(MONDAY, '10:00'), end: at(MONDAY, '09:00') };
    expect((await backend.fail('calendar.conflicts', { slots: [backwards], parties: [] })).code).toBe('VALIDATION');
    const okSlot = [slot(MONDAY, '09:00', '10:00')];
    expect((await backend.fail('calendar.conflicts', { slots: okSlot, parties: ['nobody'] })).code).toBe('VALIDATION');
  });
});
