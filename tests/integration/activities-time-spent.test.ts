import { describe, expect, it } from 'vitest';
import { timeSpentSql } from '../../src-main/domains/activities/time-spent';
import { openBackend, peek, type TestBackend } from './helpers';

/** Actual durations of completed activities, per record, per customer and per user. */

const NOW = Date.UTC(2025, 5, 30, 12, 0);

async function done(backend: TestBackend, values: Record<string, unknown>): Promise<string> {
  const created = await backend.ok('records.create', {
    entity: 'activity',
    values: { status: 'completed', subject: 'Work', ...values },
  });
  return created.id;
}

async function company(backend: TestBackend) {
  const contoso = await backend.ok('records.create', { entity: 'account', values: { name: 'Contoso' } });
  const fabrikam = await backend.ok('records.create', { entity: 'account', values: { name: 'Fabrikam' } });
  const anna = await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'Anna', last_name: 'Petrova', account_id: contoso.id },
  });
  const solo = await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'Sol', last_name: 'Oh' },
  });
  const june = (day: number) => new Date(Date.UTC(2025, 5, day, 15)).toISOString();
  await done(backend, {
    activity_type: 'phone_call',
    regarding: `account:${contoso.id}`,
    actual_duration: 30,
    actual_end: june(2),
  });
  await done(backend, {
    activity_type: 'appointment',
    regarding: `contact:${anna.id}`,
    actual_duration: 90,
    actual_end: june(10),
  });
  await done(backend, {
    activity_type: 'phone_call',
    regarding: `contact:${anna.id}`,
    actual_duration: 10,
    actual_end: june(20),
  });
  await done(backend, {
    activity_type: 'task',
    regarding: `account:${fabrikam.id}`,
    actual_duration: 45,
    actual_end: june(3),
  });
  await done(backend, {
    activity_type: 'letter',
    regarding: `contact:${solo.id}`,
    actual_duration: 20,
    actual_end: june(4),
  });
  await done(backend, { activity_type: 'task', actual_duration: 5, actual_end: june(5) });
  // Not counted: open, canceled, deleted.
  await backend.ok('records.create', {
    entity: 'activity',
    values: { activity_type: 'task', subject: 'Open', regarding: `account:${contoso.id}`, actual_duration: 600 },
  });
  const canceled = await backend.ok('records.create', {
    entity: 'activity',
    values: { activity_type: 'task', subject: 'Dropped', regarding: `account:${contoso.id}`, actual_duration: 600 },
  });
  await backend.ok('records.update', { entity: 'activity', id: canceled.id, values: { status: 'canceled' } });
  const deleted = await done(backend, {
    activity_type: 'task',
    regarding: `account:${contoso.id}`,
    actual_duration: 600,
    actual_end: june(6),
  });
  await backend.ok('records.delete', { entity: 'activity', id: deleted });
  return { contoso, fabrikam, anna, solo };
}

describe('time spent', () => {
  it('adds up per record, and per account together with its contacts', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    const { contoso, anna } = await company(backend);
    expect(await backend.ok('activities.timeSpent', { entity: 'account', id: contoso.id })).toEqual({
      totalMinutes: 130,
      count: 3,
      byType: [
        { type: 'appointment', minutes: 90, count: 1 },
        { type: 'phone_call', minutes: 40, count: 2 },
      ],
      includesContacts: true,
    });
    expect(await backend.ok('activities.timeSpent', { entity: 'contact', id: anna.id })).toMatchObject({
      totalMinutes: 100,
      count: 2,
      includesContacts: false,
    });
    expect((await backend.fail('activities.timeSpent', { entity: 'contact', id: contoso.id })).code).toBe('NOT_FOUND');
  });

  it('reports by customer, user and type over a period of actual ends', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    const { contoso, fabrikam, solo } = await company(backend);
    const byCustomer = await backend.ok('activities.timeReport', { groupBy: 'customer' });
    expect(byCustomer.rows.map((r) => [r.key, r.name, r.minutes, r.count])).toEqual([
      [`account:${contoso.id}`, 'Contoso', 130, 3],
      [`account:${fabrikam.id}`, 'Fabrikam', 45, 1],
      [`contact:${solo.id}`, 'Sol Oh', 20, 1],
      [null, '', 5, 1],
    ]);
    expect(byCustomer.rows[0]?.byType).toEqual({ phone_call: 40, appointment: 90 });
    expect([byCustomer.totalMinutes, byCustomer.count]).toEqual([200, 6]);

    const info = await backend.ok('app.info', {});
    const byUser = await backend.ok('activities.timeReport', { groupBy: 'user' });
    expect(byUser.rows.map((r) => [r.key, r.name, r.minutes])).toEqual([[info.currentUser?.id, 'Administrator', 200]]);

    const firstWeek = await backend.ok('activities.timeReport', {
      groupBy: 'type',
      from: '2025-06-01T00:00:00Z',
      to: '2025-06-08T00:00:00+00:00',
    });
    expect(firstWeek.rows.map((r) => [r.key, r.minutes])).toEqual([
      ['task', 50],
      ['phone_call', 30],
      ['letter', 20],
    ]);
    expect((await backend.fail('activities.timeReport', { groupBy: 'type', from: 'yesterday' })).code).toBe(
      'VALIDATION',
    );
  });

  it('answers an account’s time from the regarding index', async () => {
    const backend = openBackend(undefined, { now: () => NOW });
    const { contoso } = await company(backend);
    const db = peek(backend.dataDir);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${timeSpentSql(true)}`).all(`account:${contoso.id}`, contoso.id) as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/activity_live_by_regarding/);
  });
});
