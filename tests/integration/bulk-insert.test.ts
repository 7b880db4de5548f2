import { describe, expect, it } from 'vitest';
import type { EventPayloads } from '../../src-shared/api';
import { AppError } from '../../src-shared/api';
import { EventBus } from '../../src-main/backend/event-bus';
import { createStore } from '../../src-main/backend/store';
import { openDataFile } from '../../src-main/db';
import { bulkInsert } from '../../src-main/domains/records/bulk-insert';
import { count, openBackend, peek, tempDataDir } from './helpers';

async function openStore(dataDir: string) {
  const opened = await openDataFile(dataDir, Date.now);
  if (opened.kind !== 'ready') throw new Error(opened.problem.message);
  const events = new EventBus();
  const changes: EventPayloads['records-changed'][] = [];
  events.on('records-changed', (e) => changes.push(e));
  return { store: createStore(opened.db, Date.now, events), changes };
}

describe('the bulk path', () => {
  it('writes rows, search entries, one outbox entry and one audit row per record, in one transaction', async () => {
    const dataDir = tempDataDir();
    const { store, changes } = await openStore(dataDir);
    const accountId = '01900000-0000-7000-8000-0000000000a1';
    const { ids } = bulkInsert(store.writer, 'account', [
      { id: accountId, values: { name: 'Bulk One', annual_revenue: '10.5' } },
      { values: { name: 'Bulk Two', phone: '555 0100' } },
    ]);
    expect(ids[0]).toBe(accountId);
    expect(changes).toEqual([{ entities: ['account'], ids }]);
    const db = peek(dataDir);
    const outbox = db.prepare('SELECT op, field, value, tx_id, hlc FROM outbox ORDER BY seq').all() as {
      op: string;
      field: string | null;
      value: string;
      tx_id: string;
      hlc: string;
    }[];
    expect(outbox.map((o) => [o.op, o.field])).toEqual([
      ['create', null],
      ['create', null],
    ]);
    expect(JSON.parse(outbox[0]!.value)).toEqual({
      name: 'Bulk One',
      annual_revenue: '10.5',
      owner_id: store.identity.currentUser.id,
    });
    expect(outbox[0]!.tx_id).toBe(outbox[1]!.tx_id);
    expect(outbox[1]!.hlc > outbox[0]!.hlc).toBe(true);
    expect(db.prepare('SELECT action, field FROM audit').all()).toEqual([
      { action: 'create', field: null },
      { action: 'create', field: null },
    ]);
    store.db.close();

    const backend = openBackend(dataDir);
    expect((await backend.ok('search.global', { text: 'bulk' }))[0]?.items.map((i) => i.name)).toEqual([
      'Bulk One',
      'Bulk Two',
    ]);
    expect((await backend.ok('records.get', { entity: 'account', id: accountId })).values['annual_revenue']).toBe(
      '10.5',
    );
  });

  it('refuses a batch with one bad row, naming the row, and writes none of it', async () => {
    const dataDir = tempDataDir();
    const { store, changes } = await openStore(dataDir);
    let error: unknown;
    try {
      bulkInsert(store.writer, 'contact', [{ values: { last_name: 'Fine' } }, { values: { email: 'bad' } }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues?.map((i) => [i.path.join('.'), i.messageKey])).toEqual([
      ['rows.1.values.email', 'validation.email'],
      ['rows.1.values.last_name', 'validation.required'],
    ]);
    const db = peek(dataDir);
    expect([count(db, 'contact'), count(db, 'outbox'), count(db, 'audit')]).toEqual([0, 0, 0]);
    expect(changes).toEqual([]);
    store.db.close();
  });
});
