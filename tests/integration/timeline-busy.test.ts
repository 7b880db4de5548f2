import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src-shared/api';
import { migrate, MIGRATIONS } from '../../src-main/db';
import { openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/**
 * The timeline reads of migration 010: activities a record is a party to
 * come from party rows that know what each activity is about, and status
 * changes from a walk over the record's activities newest-modified first.
 * Checked against plain queries over the same data, page by page, and on
 * a file migrated from version 9.
 */

function ticking(start = Date.parse('2026-03-02T09:00:00Z')) {
  let clock = start;
  return () => (clock += 1_000);
}

async function allPages(backend: TestBackend, input: Record<string, unknown>, limit: number) {
  const seen: TimelineEntry[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 200; guard++) {
    const page = await backend.ok('timeline.list', { ...input, limit, ...(after ? { after } : {}) });
    seen.push(...page.entries);
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error('The timeline did not end.');
}

describe('timeline of a busy record', () => {
  it('lists each activity once: about the record, or as a party, following a change of what it is about', async () => {
    const backend = openBackend(undefined, { now: ticking() });
    const acme = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    const other = await backend.ok('records.create', { entity: 'account', values: { name: 'Other' } });
    const ref = `account:${acme.id}`;
    // About Acme and naming it twice as a party: one entry, not a party one.
    await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'email', subject: 'About and to', regarding: ref, to: [ref], cc: [ref] },
    });
    // About another account, naming Acme in two lists: one party entry.
    const visit = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'email', subject: 'Copied', regarding: `account:${other.id}`, to: [ref], cc: [ref] },
    });
    const list = async () =>
      (await backend.ok('timeline.list', { entity: 'account', id: acme.id, types: ['activity'] })).entries.map(
        (e) => `${e.activity?.subject}:${e.activity?.asParty}`,
      );
    expect(await list()).toEqual(['Copied:true', 'About and to:false']);

    await backend.ok('records.update', { entity: 'activity', id: visit.id, values: { regarding: ref } });
    expect(await list()).toEqual(['Copied:false', 'About and to:false']);
    await backend.ok('records.update', { entity: 'activity', id: visit.id, values: { regarding: null } });
    expect(await list()).toEqual(['Copied:true', 'About and to:false']);
    await backend.ok('records.delete', { entity: 'activity', id: visit.id });
    expect(await list()).toEqual(['About and to:false']);
    await backend.ok('records.restore', { entity: 'activity', id: visit.id });
    expect(await list()).toEqual(['Copied:true', 'About and to:false']);
  });

  it('finds every status change in order, page by page, whatever order the activities changed in', async () => {
    const backend = openBackend(undefined, { now: ticking() });
    const acme = await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    const ref = `account:${acme.id}`;
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const created = await backend.ok('records.create', {
        entity: 'activity',
        values: { activity_type: 'task', subject: `Task ${i}`, regarding: ref },
      });
      ids.push(created.id);
    }
    // Closed in a scrambled order, some reopened and closed again, others edited later without a status change.
    const order = ids.map((_, i) => (i * 7) % ids.length);
    for (const i of order)
      await backend.ok('records.update', { entity: 'activity', id: ids[i], values: { status: 'completed' } });
    for (const i of [3, 11, 19]) {
      await backend.ok('records.update', { entity: 'activity', id: ids[i], values: { status: 'open' } });
      await backend.ok('records.update', { entity: 'activity', id: ids[i], values: { status: 'canceled' } });
    }
    for (const i of [0, 5, 17]) {
      await backend.ok('records.update', { entity: 'activity', id: ids[i], values: { status: 'open' } });
      await backend.ok('records.update', { entity: 'activity', id: ids[i], values: { description: 'Later edit' } });
    }

    const expected = (
      peek(backend.dataDir)
        .prepare(
          "SELECT u.id FROM audit u JOIN activity a ON a.id = u.record_id WHERE a.regarding = ? AND u.entity = 'activity' " +
            "AND u.field = 'status' AND u.action = 'update' ORDER BY u.at DESC, u.id DESC",
        )
        .all(ref) as { id: number }[]
    ).map((r) => `s:${String(r.id).padStart(12, '0')}`);
    expect(expected).toHaveLength(24 + 6 + 3);
    for (const limit of [1, 4, 25]) {
      const keys = (await allPages(backend, { entity: 'account', id: acme.id, types: ['system'] }, limit))
        .map((e) => e.key)
        .filter((k) => k !== 's:created');
      expect(keys, `limit ${limit}`).toEqual(expected);
    }
  });

  it('fills the new party columns when a version 9 file is migrated', () => {
    const file = `${tempDataDir()}/crm.sqlite`;
    const db = new Database(file);
    try {
      migrate(db, MIGRATIONS.slice(0, 9));
      const activity = (id: string, regarding: string, at: string) =>
        db
          .prepare(
            'INSERT INTO activity (id, display_name, activity_type, regarding, created_at, created_by, modified_at, ' +
              "modified_by, _clk) VALUES (?, 'x', 'email', ?, ?, 'u', ?, 'u', '{}')",
          )
          .run(id, regarding, at, at);
      activity('a1', 'account:acme', '2025-01-01T00:00:00.000Z');
      activity('a2', 'account:other', '2025-01-02T00:00:00.000Z');
      const party = db.prepare(
        "INSERT INTO record_party (entity, record_id, field, position, party) VALUES ('activity', ?, 'to', 0, ?)",
      );
      party.run('a1', 'account:acme');
      party.run('a2', 'account:acme');
      migrate(db);
      expect(db.prepare('SELECT record_id, regarding, at FROM record_party ORDER BY record_id').all()).toEqual([
        { record_id: 'a1', regarding: 'account:acme', at: '2025-01-01T00:00:00.000Z' },
        { record_id: 'a2', regarding: 'account:other', at: '2025-01-02T00:00:00.000Z' },
      ]);
      const asParty = db
        .prepare(
          'SELECT record_id FROM record_party INDEXED BY record_party_as_party ' +
            "WHERE party = 'account:acme' AND entity = 'activity' AND regarding IS NOT party",
        )
        .all();
      expect(asParty).toEqual([{ record_id: 'a2' }]);
    } finally {
      db.close();
    }
  });
});
