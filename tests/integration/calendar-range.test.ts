import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../src-shared/api';
import { SqlDb } from '../../src-main/db/sql-db';
import { usersAsPeople } from '../../src-main/domains/calendar/calendar-rows';
import {
  choosePeopleTest,
  dueIn,
  dueSql,
  LONGEST_SQL,
  scheduledIn,
  scheduledSql,
  SERIES_SQL,
} from '../../src-main/domains/calendar/range-query';
import { expectIssues, openBackend, peek, type TestBackend } from './helpers';
import { activity, addUser, appointment, at, currentUserId, DAY, MONDAY, NOW, subjects } from './calendar-fixtures';

/**
 * `calendar.range`: a period's activities of some users, read by time
 * index: their appointments and other scheduled activities overlapping it,
 * the occurrences of their recurring series (moved ones where they were
 * moved, deleted ones not at all, those more than a year ahead from the
 * pattern), and what is due in it; owned by them or with them as organizer
 * or attendee.
 */

const BEA = '01900000-0000-7000-8000-0000000000b1';
const CAL = '01900000-0000-7000-8000-0000000000c1';
const WEEK = { from: at(MONDAY, '00:00'), to: at('2025-03-10', '00:00') };

async function setUp(): Promise<{ backend: TestBackend; me: string }> {
  const backend = openBackend(undefined, { now: () => NOW });
  await backend.ok('app.startEmpty', {});
  addUser(backend, BEA, 'Bea');
  addUser(backend, CAL, 'Cal');
  return { backend, me: await currentUserId(backend) };
}

function range(backend: TestBackend, input: Record<string, unknown>) {
  return backend.ok('calendar.range', input);
}

const byKey = (items: readonly CalendarItem[], subject: string) => items.filter((i) => i.subject === subject);

describe('calendar.range', () => {
  it('lists what a user owns, organizes or attends, and what is due, by start', async () => {
    const { backend, me } = await setUp();
    const contact = await backend.ok('records.create', {
      entity: 'contact',
      values: { first_name: 'Dana', last_name: 'Client' },
    });
    await appointment(backend, 'My review', at(MONDAY, '09:00'), at(MONDAY, '10:00'), {
      regarding: `contact:${contact.id}`,
      location: 'Room 4',
    });
    await appointment(backend, 'Bea’s demo, I attend', at(MONDAY, '11:00'), at(MONDAY, '12:00'), {
      owner_id: BEA,
      required_attendees: [`user:${me}`, `contact:${contact.id}`],
    });
    await appointment(backend, 'Bea organizes, I am optional', at('2025-03-04', '08:00'), at('2025-03-04', '08:30'), {
      owner_id: CAL,
      organizer: [`user:${BEA}`],
      optional_attendees: [`user:${me}`],
    });
    await appointment(backend, 'Bea alone', at(MONDAY, '09:30'), at(MONDAY, '10:30'), { owner_id: BEA });
    await activity(backend, { activity_type: 'task', subject: 'My task', due_date: at('2025-03-05', '15:00') });
    await activity(backend, {
      activity_type: 'phone_call',
      subject: 'Bea’s call',
      due_date: at('2025-03-05', '10:00'),
      owner_id: BEA,
    });
    await appointment(backend, 'Next week', at('2025-03-10', '09:00'), at('2025-03-10', '10:00'));
    const gone = await appointment(backend, 'Deleted', at(MONDAY, '13:00'), at(MONDAY, '14:00'));
    await backend.ok('records.delete', { entity: 'activity', id: gone.id });

    // No users given: the current user's calendar.
    const mine = await range(backend, WEEK);
    expect(subjects(mine.items)).toEqual([
      'My review',
      'Bea’s demo, I attend',
      'Bea organizes, I am optional',
      'My task',
    ]);
    expect(mine.truncated).toBe(false);
    const review = mine.items[0]!;
    expect(review).toMatchObject({
      activityType: 'appointment',
      start: '2025-03-03T09:00:00.000Z',
      end: '2025-03-03T10:00:00.000Z',
      due: false,
      status: 'open',
      location: 'Room 4',
      regarding: { ref: `contact:${contact.id}`, name: 'Dana Client' },
      ownerId: me,
      userIds: [me],
      series: null,
      isException: false,
    });
    expect(review.key).toBe(review.id);
    expect(mine.items[3]).toMatchObject({
      activityType: 'task',
      due: true,
      start: '2025-03-05T15:00:00.000Z',
      end: '2025-03-05T15:00:00.000Z',
    });

    // Two users side by side: each item says whose it is.
    const both = await range(backend, { ...WEEK, userIds: [me, BEA] });
    expect(both.items.map((i) => [i.subject, i.userIds])).toEqual([
      ['My review', [me]],
      ['Bea alone', [BEA]],
      ['Bea’s demo, I attend', [me, BEA]],
      ['Bea organizes, I am optional', [me, BEA]],
      ['Bea’s call', [BEA]],
      ['My task', [me]],
    ]);
    const cal = await range(backend, { ...WEEK, userIds: [CAL] });
    expect(subjects(cal.items)).toEqual(['Bea organizes, I am optional']);
  });

  it('shows activities of custom types by their due date', async () => {
    const { backend } = await setUp();
    const custom = await backend.ok('customization.saveActivityType', {
      labels: { en: 'Site visit' },
      icon: 'map-pin',
    });
    const type = custom.activityTypes[0]!.value;
    await activity(backend, {
      activity_type: type,
      subject: 'Visit the warehouse',
      due_date: at('2025-03-06', '10:00'),
    });
    const { items } = await range(backend, WEEK);
    expect(items.map((i) => [i.subject, i.activityType, i.due, i.start])).toEqual([
      ['Visit the warehouse', type, true, '2025-03-06T10:00:00.000Z'],
    ]);
  });

  it('includes events that began before the period and are still going on, but not those that ended at its start', async () => {
    const { backend } = await setUp();
    await appointment(backend, 'Conference', at('2025-02-27', '09:00'), at('2025-03-04', '17:00'));
    await appointment(backend, 'Ends at midnight', at('2025-03-02', '22:00'), at(MONDAY, '00:00'));
    await appointment(backend, 'Over the night', at('2025-03-02', '23:00'), at(MONDAY, '01:00'));
    await appointment(backend, 'Moment', at(MONDAY, '00:00'), at(MONDAY, '00:00'));
    await appointment(backend, 'Starts at the end', at('2025-03-10', '00:00'), at('2025-03-10', '01:00'));
    const { items } = await range(backend, WEEK);
    expect(subjects(items)).toEqual(['Conference', 'Over the night', 'Moment']);
  });

  it('shows a series as its occurrences: moved ones where they were moved, deleted ones not at all', async () => {
    const { backend, me } = await setUp();
    const series = await activity(backend, {
      activity_type: 'recurring_appointment',
      subject: 'Stand-up',
      scheduled_start: at(MONDAY, '09:00'),
      scheduled_end: at(MONDAY, '09:15'),
      recurrence_frequency: 'weekly',
      recurrence_weekdays: ['mon', 'wed', 'fri'],
      recurrence_end: 'count',
      recurrence_count: 6,
      time_zone: 'UTC',
      required_attendees: [`user:${BEA}`],
    });
    const first = await range(backend, WEEK);
    const standUps = byKey(first.items, 'Stand-up');
    expect(standUps.map((i) => i.start)).toEqual([
      '2025-03-03T09:00:00.000Z',
      '2025-03-05T09:00:00.000Z',
      '2025-03-07T09:00:00.000Z',
    ]);
    for (const item of standUps) {
      expect(item.id).not.toBeNull();
      expect(item.series?.id).toBe(series.id);
      expect(item.activityType).toBe('appointment');
    }
    // Wednesday's moved to Thursday afternoon, Friday's deleted.
    const [, wednesday, friday] = standUps;
    await backend.ok('records.update', {
      entity: 'activity',
      id: wednesday!.id,
      values: { scheduled_start: at('2025-03-06', '14:00'), scheduled_end: at('2025-03-06', '14:15') },
    });
    await backend.ok('records.delete', { entity: 'activity', id: friday!.id });
    const after = byKey((await range(backend, WEEK)).items, 'Stand-up');
    expect(after.map((i) => [i.start, i.isException, i.series?.originalStart])).toEqual([
      ['2025-03-03T09:00:00.000Z', false, '2025-03-03T09:00:00.000Z'],
      ['2025-03-06T14:00:00.000Z', true, '2025-03-05T09:00:00.000Z'],
    ]);
    // Bea attends every occurrence: her calendar shows them too.
    const bea = await range(backend, { ...WEEK, userIds: [BEA] });
    expect(bea.items.map((i) => [i.subject, i.userIds])).toEqual([
      ['Stand-up', [BEA]],
      ['Stand-up', [BEA]],
    ]);
    expect(me).toBeTruthy();
  });

  it('expands series beyond their records from the pattern, once per slot, skipped dates left out', async () => {
    const { backend } = await setUp();
    const series = await activity(backend, {
      activity_type: 'recurring_appointment',
      subject: 'Weekly review',
      scheduled_start: at(MONDAY, '10:00'),
      scheduled_end: at(MONDAY, '11:00'),
      recurrence_frequency: 'weekly',
      recurrence_weekdays: ['mon'],
      time_zone: 'Europe/Berlin',
    });
    const db = peek(backend.dataDir);
    const last = (
      db
        .prepare('SELECT max(original_start) AS last FROM activity WHERE series_id = ? AND deleted_at IS NULL')
        .get(series.id) as { last: string }
    ).last;
    // About a year ahead is written as records.
    expect(Date.parse(last)).toBeGreaterThan(NOW + 350 * DAY);
    expect(Date.parse(last)).toBeLessThanOrEqual(NOW + 365 * DAY);

    // A period across the end of the records: every Monday once, records first, then from the pattern.
    const from = new Date(Date.parse(last) - 20 * DAY).toISOString();
    const to = new Date(Date.parse(last) + 30 * DAY).toISOString();
    const { items } = await range(backend, { from, to });
    const starts = items.map((i) => i.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(items.length).toBeGreaterThanOrEqual(7);
    for (let i = 1; i < starts.length; i++) expect(Date.parse(starts[i]!) - Date.parse(starts[i - 1]!)).toBe(7 * DAY);
    const written = items.filter((i) => i.id !== null);
    const pattern = items.filter((i) => i.id === null);
    expect(written.length).toBeGreaterThan(0);
    expect(pattern.length).toBeGreaterThan(0);
    expect(Date.parse(pattern[0]!.start)).toBeGreaterThan(Date.parse(last));
    for (const item of pattern) {
      expect(item.key).toBe(`${series.id}@${item.start}`);
      expect(item.series).toEqual({ id: series.id, originalStart: item.start });
      // 11:00 in Berlin whatever the season: 10:00 or 09:00 UTC.
      expect(['10:00', '09:00']).toContain(item.start.slice(11, 16));
      expect(Date.parse(item.end) - Date.parse(item.start)).toBe(3_600_000);
    }

    // Two years out, one Monday skipped by hand (as deleting it would), and a canceled series shows nothing.
    const far = { from: at('2027-03-01', '00:00'), to: at('2027-03-29', '00:00') };
    const farMondays = (await range(backend, far)).items.map((i) => i.start.slice(0, 10));
    expect(farMondays).toEqual(['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']);
    db.prepare('UPDATE activity SET recurrence_skipped = ? WHERE id = ?').run('2027-03-08', series.id);
    expect((await range(backend, far)).items.map((i) => i.start.slice(0, 10))).toEqual([
      '2027-03-01',
      '2027-03-15',
      '2027-03-22',
    ]);
    await backend.ok('records.update', { entity: 'activity', id: series.id, values: { status: 'canceled' } });
    expect((await range(backend, far)).items).toEqual([]);
  });

  it('refuses periods that end before they start or are longer than 62 days', async () => {
    const { backend } = await setUp();
    expectIssues(await backend.fail('calendar.range', { from: WEEK.to, to: WEEK.from }), [
      ['to', 'validation.invalid'],
    ]);
    const error = await backend.fail('calendar.range', {
      from: at('2025-01-01', '00:00'),
      to: at('2025-04-01', '00:00'),
    });
    expect(error.code).toBe('VALIDATION');
    expect((await backend.fail('calendar.range', { ...WEEK, userIds: ['not-an-id'] })).code).toBe('VALIDATION');
  });

  it('reads by time index, never by scanning the activities, testing people either way', async () => {
    const { backend } = await setUp();
    const db = peek(backend.dataDir);
    const plan = (sql: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(
          ...sql
            .split('?')
            .slice(1)
            .map(() => null),
        ) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
    const START = /SEARCH a USING INDEX activity_calendar_by_start \(scheduled_start>\? AND scheduled_start<\?\)/;
    const DUE = /SEARCH a USING INDEX activity_calendar_by_due \(due_date>\? AND due_date<\?\)/;
    for (const test of ['per-row', 'attended-set'] as const) {
      expect(plan(scheduledSql(test, { types: ['appointment'], openOnly: true }))).toMatch(START);
      expect(plan(dueSql(test))).toMatch(DUE);
    }
    // Per row: a probe of the party index. As a set: the party index read once, never per row.
    expect(plan(scheduledSql('per-row'))).toMatch(
      /CORRELATED SCALAR SUBQUERY \d+\nSEARCH p USING (COVERING INDEX record_party_by_party|PRIMARY KEY)/,
    );
    expect(plan(scheduledSql('attended-set'))).toMatch(
      /LIST SUBQUERY \d+\nSEARCH p USING COVERING INDEX record_party_by_party \(party=\? AND entity=\? AND field=\?\)/,
    );
    expect(plan(scheduledSql('attended-set'))).not.toMatch(/CORRELATED/);
    expect(plan(SERIES_SQL)).toMatch(/SEARCH a USING INDEX activity_live_by_activity_type \(activity_type=\?\)/);
    // The longest duration is the last entry of its index: no sorting, no reading of the rest.
    expect(plan(LONGEST_SQL)).toMatch(/SEARCH activity USING (COVERING )?INDEX activity_live_by_scheduled_duration/);
    expect(plan(LONGEST_SQL)).not.toMatch(/TEMP B-TREE/);
    for (const sql of [
      scheduledSql('per-row'),
      scheduledSql('attended-set'),
      dueSql('per-row'),
      SERIES_SQL,
      LONGEST_SQL,
    ]) {
      expect(plan(sql)).not.toMatch(/SCAN (a|activity)\b/);
    }
  });

  it('finds the same rows whichever way it tests people, and picks the set for a long period of few people', async () => {
    const { backend, me } = await setUp();
    for (let day = 3; day <= 9; day++) {
      const date = `2025-03-0${day}`;
      await appointment(backend, `Mine ${day}`, at(date, '09:00'), at(date, '10:00'));
      await appointment(backend, `Bea invites ${day}`, at(date, '11:00'), at(date, '12:00'), {
        owner_id: BEA,
        required_attendees: [`user:${me}`],
      });
      await appointment(backend, `Cal alone ${day}`, at(date, '13:00'), at(date, '14:00'), { owner_id: CAL });
      await activity(backend, {
        activity_type: 'task',
        subject: `Task ${day}`,
        due_date: at(date, '16:00'),
        owner_id: BEA,
      });
    }
    const db = new SqlDb(peek(backend.dataDir));
    const from = Date.parse(WEEK.from);
    const to = Date.parse(WEEK.to);
    for (const users of [[me], [BEA], [me, CAL], [CAL]]) {
      const people = usersAsPeople(users);
      const ids = (test: 'per-row' | 'attended-set') => [
        ...scheduledIn(db, from, to, people, 100, {}, test).map((r) => r.id),
        ...dueIn(db, from, to, people, 100, test).map((r) => r.id),
      ];
      expect(ids('attended-set')).toEqual(ids('per-row'));
      expect(ids('per-row').length).toBeGreaterThan(0);
    }
    // I attended 7 meetings; the week holds 21: reading my 7 once beats 21 probes.
    expect(choosePeopleTest(db, 'activity_calendar_by_start', WEEK.from, WEEK.to, usersAsPeople([me]))).toBe(
      'attended-set',
    );
    // A morning holding one meeting, for me who attended seven: one probe beats reading seven.
    expect(
      choosePeopleTest(db, 'activity_calendar_by_start', at(MONDAY, '00:00'), at(MONDAY, '10:00'), usersAsPeople([me])),
    ).toBe('per-row');
  });
});
