import { describe, expect, it, vi } from 'vitest';
import { compareHlc, parseHlc } from '../../src-shared/sync';
import { count, openBackend, peek, tempDataDir } from './helpers';

interface OutboxRow {
  seq: number;
  tx_id: string;
  entity: string;
  record_id: string;
  op: string;
  field: string | null;
  value: string | null;
  hlc: string;
  base_hlc: string | null;
}

interface AuditRow {
  tx_id: string;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  user_id: string;
}

describe('the write path', () => {
  it('writes the row, one outbox entry per changed field and the audit rows in one transaction', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const info = await backend.ok('app.info', {});
    const created = await backend.ok('records.create', {
      entity: 'account',
      values: { name: 'Acme', phone: '555 0100' },
    });
    const db = peek(dataDir);

    const createOutbox = db.prepare('SELECT * FROM outbox ORDER BY seq').all() as OutboxRow[];
    expect(createOutbox.map((o) => [o.op, o.field, o.value])).toEqual([
      ['create', 'name', '"Acme"'],
      ['create', 'phone', '"555 0100"'],
      ['create', 'owner_id', JSON.stringify(info.currentUser?.id)],
    ]);
    const createTx = createOutbox[0]!.tx_id;
    expect(new Set(createOutbox.map((o) => o.tx_id))).toEqual(new Set([createTx]));
    expect(new Set(createOutbox.map((o) => o.hlc)).size).toBe(1);
    expect(parseHlc(createOutbox[0]!.hlc).device).toBe(info.deviceId);
    expect(createOutbox.every((o) => o.base_hlc === null && o.record_id === created.id && o.entity === 'account')).toBe(
      true,
    );
    const createAudit = db.prepare('SELECT * FROM audit ORDER BY id').all() as AuditRow[];
    expect(
      createAudit.every((a) => a.tx_id === createTx && a.action === 'create' && a.user_id === info.currentUser?.id),
    ).toBe(true);
    const clk = JSON.parse(
      (db.prepare('SELECT _clk FROM account WHERE id = ?').get(created.id) as { _clk: string })._clk,
    ) as Record<string, string>;
    expect(clk).toEqual({ '*': createOutbox[0]!.hlc });

    await backend.ok('records.update', {
      entity: 'account',
      id: created.id,
      values: { phone: '555 0199', name: 'Acme' },
    });
    const updateOutbox = db.prepare('SELECT * FROM outbox WHERE op = ?').all('update') as OutboxRow[];
    expect(updateOutbox).toHaveLength(1);
    const [u] = updateOutbox;
    expect([u?.field, u?.value, u?.base_hlc]).toEqual(['phone', '"555 0199"', createOutbox[0]!.hlc]);
    expect(compareHlc(u!.hlc, createOutbox[0]!.hlc)).toBe(1);
    const updateAudit = db.prepare('SELECT * FROM audit WHERE tx_id = ?').all(u!.tx_id) as AuditRow[];
    expect(updateAudit.map((a) => [a.action, a.field, a.old_value, a.new_value])).toEqual([
      ['update', 'phone', '"555 0100"', '"555 0199"'],
    ]);
    const clk2 = JSON.parse(
      (db.prepare('SELECT _clk FROM account WHERE id = ?').get(created.id) as { _clk: string })._clk,
    ) as Record<string, string>;
    expect(clk2).toEqual({ '*': createOutbox[0]!.hlc, phone: u!.hlc });

    await backend.ok('records.delete', { entity: 'account', id: created.id });
    const del = db.prepare("SELECT * FROM outbox WHERE op = 'delete'").get() as OutboxRow;
    expect([del.field, del.value, del.base_hlc]).toEqual([null, null, createOutbox[0]!.hlc]);
    expect(compareHlc(del.hlc, u!.hlc)).toBe(1);
  });

  it('rolls everything back when a step after the row write fails', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const created = await backend.ok('records.create', { entity: 'account', values: { name: 'Before' } });
    const db = peek(dataDir);
    const snapshot = () => ({
      row: db.prepare('SELECT * FROM account').all(),
      outbox: count(db, 'outbox'),
      audit: count(db, 'audit'),
      fts: db.prepare("SELECT rowid FROM account_fts WHERE account_fts MATCH 'before* OR after*'").all(),
      hlc: db.prepare("SELECT value FROM meta WHERE key = 'hlc'").get(),
    });
    const before = snapshot();

    // The audit insert comes after the row, the FTS update and the outbox
    // entries: failing it proves all of those are undone.
    db.exec("CREATE TRIGGER inject_failure BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
    const events: unknown[] = [];
    backend.on('records-changed', (e) => events.push(e));
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = await backend.fail('records.update', {
      entity: 'account',
      id: created.id,
      values: { name: 'After' },
    });
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toMatch(/injected|SQLITE|at /);
    const createError = await backend.fail('records.create', { entity: 'contact', values: { last_name: 'Nobody' } });
    expect(createError.code).toBe('INTERNAL');
    expect(stderr).toHaveBeenCalledTimes(2);
    stderr.mockRestore();
    expect(snapshot()).toEqual(before);
    expect(count(db, 'contact')).toBe(0);
    expect(events).toEqual([]);

    db.exec('DROP TRIGGER inject_failure');
    const after = await backend.ok('records.update', { entity: 'account', id: created.id, values: { name: 'After' } });
    expect(after.display_name).toBe('After');
    expect(events).toHaveLength(1);
  });

  it('keeps the clock monotonic across restarts, even when the wall clock goes back', async () => {
    const dataDir = tempDataDir();
    let now = Date.UTC(2025, 5, 1);
    const first = openBackend(dataDir, { now: () => now });
    const a = await first.ok('records.create', { entity: 'account', values: { name: 'A' } });
    first.close();
    now -= 3_600_000;
    const second = openBackend(dataDir, { now: () => now });
    await second.ok('records.update', { entity: 'account', id: a.id, values: { name: 'B' } });
    const db = peek(dataDir);
    const stamps = (db.prepare('SELECT hlc FROM outbox ORDER BY seq').all() as { hlc: string }[]).map((r) => r.hlc);
    for (let i = 1; i < stamps.length; i++) expect(compareHlc(stamps[i]!, stamps[i - 1]!)).toBeGreaterThanOrEqual(0);
    expect(compareHlc(stamps[stamps.length - 1]!, stamps[0]!)).toBe(1);
    const stored = (db.prepare("SELECT value FROM meta WHERE key = 'hlc'").get() as { value: string }).value;
    expect(stored).toBe(stamps[stamps.length - 1]);
  });
});
