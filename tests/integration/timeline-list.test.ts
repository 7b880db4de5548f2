import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src-shared/api';
import { openBackend, peek, type TestBackend } from './helpers';

/** A record's timeline: activities, notes and system events merged newest first, keyset-paged and filtered. */

function ticking(start = Date.parse('2026-02-02T09:00:00Z')) {
  let clock = start;
  return () => (clock += 60_000);
}

function describeEntry(e: TimelineEntry): string {
  if (e.activity) return `${e.activity.type}:${e.activity.subject}`;
  if (e.note) return `note:${e.note.title}`;
  return `system:${e.system?.event}:${e.system?.recordName}`;
}

async function allPages(backend: TestBackend, input: Record<string, unknown>, limit: number) {
  const seen: TimelineEntry[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await backend.ok('timeline.list', { ...input, limit, ...(after ? { after } : {}) });
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    seen.push(...page.entries);
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error('The timeline did not end.');
}

async function setUp() {
  const backend = openBackend(undefined, { now: ticking() });
  const acme = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
  const other = await backend.ok('records.create', { entity: 'account', values: { name: 'Other' } });
  const anna = await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'Anna', last_name: 'Berg', account_id: acme.id },
  });
  const regarding = `account:${acme.id}`;
  const call = await backend.ok('records.create', {
    entity: 'activity',
    values: { activity_type: 'phone_call', subject: 'Intro call', regarding, description: 'Talked about\n prices.' },
  });
  await backend.ok('notes.create', { regarding: { entity: 'account', id: acme.id }, title: 'First note' });
  const task = await backend.ok('records.create', {
    entity: 'activity',
    values: { activity_type: 'task', subject: 'Send offer', regarding },
  });
  await backend.ok('records.update', { entity: 'activity', id: task.id, values: { status: 'completed' } });
  // Acme attends a meeting about another account: it shows as a party.
  await backend.ok('records.create', {
    entity: 'activity',
    values: {
      activity_type: 'appointment',
      subject: 'Joint visit',
      regarding: `account:${other.id}`,
      scheduled_start: '2026-02-10T09:00:00Z',
      required_attendees: [regarding],
    },
  });
  // Not about Acme at all.
  await backend.ok('records.create', {
    entity: 'activity',
    values: { activity_type: 'phone_call', subject: 'Unrelated', regarding: `account:${other.id}` },
  });
  await backend.ok('notes.create', { regarding: { entity: 'contact', id: anna.id }, title: 'About Anna' });
  await backend.ok('notes.create', { regarding: { entity: 'account', id: acme.id }, title: 'Last note' });
  return { backend, acme, call, task };
}

describe('timeline', () => {
  it('merges activities, party activities, notes and system events newest first', async () => {
    const { backend, acme } = await setUp();
    const page = await backend.ok('timeline.list', { entity: 'account', id: acme.id });
    expect(page.entries.map(describeEntry)).toEqual([
      'note:Last note',
      'appointment:Joint visit',
      'system:status:Send offer',
      'task:Send offer',
      'note:First note',
      'phone_call:Intro call',
      'system:created:Acme',
    ]);
    expect(page.next).toBeNull();
    const meeting = page.entries[1]!.activity!;
    expect(meeting.asParty).toBe(true);
    expect(page.entries[2]?.system).toMatchObject({ oldValue: 'open', newValue: 'completed' });
    expect(page.entries[5]?.activity).toMatchObject({ preview: 'Talked about prices.', asParty: false });
    for (let i = 1; i < page.entries.length; i++)
      expect(page.entries[i - 1]!.at >= page.entries[i]!.at, `${i}`).toBe(true);
  });

  it('pages without gaps or repeats, whatever the page size', async () => {
    const { backend, acme } = await setUp();
    const whole = (await backend.ok('timeline.list', { entity: 'account', id: acme.id })).entries.map((e) => e.key);
    for (const limit of [1, 2, 3, 6]) {
      const paged = await allPages(backend, { entity: 'account', id: acme.id }, limit);
      expect(
        paged.map((e) => e.key),
        `limit ${limit}`,
      ).toEqual(whole);
    }
  });

  it('pages through entries that share one moment', async () => {
    const backend = openBackend(undefined, { now: () => Date.parse('2026-02-02T09:00:00Z') });
    const acme = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    for (let i = 0; i < 7; i++)
      await backend.ok('notes.create', { regarding: { entity: 'account', id: acme.id }, title: `n${i}` });
    const keys = (await allPages(backend, { entity: 'account', id: acme.id, types: ['note'] }, 2)).map((e) => e.key);
    expect(new Set(keys).size).toBe(7);
    expect([...keys].sort().reverse()).toEqual(keys);
  });

  it('filters by kind and by activity type', async () => {
    const { backend, acme } = await setUp();
    const list = async (input: Record<string, unknown>) =>
      (await backend.ok('timeline.list', { entity: 'account', id: acme.id, ...input })).entries.map(describeEntry);
    expect(await list({ types: ['note'] })).toEqual(['note:Last note', 'note:First note']);
    expect(await list({ types: ['system'] })).toEqual(['system:status:Send offer', 'system:created:Acme']);
    expect(await list({ types: ['activity'], activityTypes: ['phone_call'] })).toEqual(['phone_call:Intro call']);
    expect(await list({ types: ['activity', 'note'], activityTypes: ['task', 'appointment'] })).toEqual([
      'note:Last note',
      'appointment:Joint visit',
      'task:Send offer',
      'note:First note',
    ]);
  });

  it('shows owner changes and hides deleted activities and notes', async () => {
    const { backend, acme, call } = await setUp();
    const db = peek(backend.dataDir);
    db.prepare(
      "INSERT INTO users (id, name, email, role, created_at) VALUES (?, 'Bob Seller', 'bob@x.test', 'user', ?)",
    ).run('01900000-0000-7000-8000-00000000b0b0', '2026-01-01T00:00:00.000Z');
    await backend.ok('records.update', {
      entity: 'account',
      id: acme.id,
      values: { owner_id: '01900000-0000-7000-8000-00000000b0b0' },
    });
    await backend.ok('records.delete', { entity: 'activity', id: call.id });
    const entries = (await backend.ok('timeline.list', { entity: 'account', id: acme.id })).entries;
    expect(entries[0]?.system).toMatchObject({ event: 'owner', newValue: 'Bob Seller' });
    expect(entries.map(describeEntry)).not.toContain('phone_call:Intro call');
  });

  it('refuses an unknown record and a forged cursor', async () => {
    const { backend, acme } = await setUp();
    const missing = await backend.fail('timeline.list', {
      entity: 'account',
      id: '01900000-0000-7000-8000-000000000000',
    });
    expect(missing.code).toBe('NOT_FOUND');
    const forged = await backend.fail('timeline.list', { entity: 'account', id: acme.id, after: 'bm90IGEgY3Vyc29y' });
    expect(forged).toMatchObject({ code: 'VALIDATION', messageKey: 'error.bad_cursor' });
  });
});
