import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../src-shared/entities';
import { count, openBackend, peek, tempDataDir, type TestBackend } from './helpers';

/** Notes and attachments: written through the write path, files stored once by content, carried by backups. */

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function account(backend: TestBackend, name = 'Contoso') {
  return backend.ok('records.create', { entity: 'account', values: { name } });
}

describe('notes', () => {
  it('creates, edits and deletes a note about a record, with its attachments', async () => {
    const backend = openBackend();
    const acme = await account(backend);
    const note = await backend.ok('notes.create', {
      regarding: { entity: 'account', id: acme.id },
      title: 'Price list',
      text: 'They asked for the 2025 prices.',
      attachments: [{ fileName: 'prices.txt', mimeType: 'text/plain', data: b64('apples 3') }],
    });
    expect(note).toMatchObject({ title: 'Price list', regarding: `account:${acme.id}` });
    expect(note.attachments).toMatchObject([{ fileName: 'prices.txt', mimeType: 'text/plain', size: 8 }]);
    const file = await backend.ok('attachments.get', { id: note.attachments[0]!.id });
    expect(Buffer.from(file.data, 'base64').toString('utf8')).toBe('apples 3');

    const edited = await backend.ok('notes.update', { id: note.id, text: 'Sent on Monday.' });
    expect(edited).toMatchObject({ title: 'Price list', text: 'Sent on Monday.' });

    await backend.ok('notes.delete', { id: note.id });
    expect((await backend.fail('attachments.get', { id: note.attachments[0]!.id })).code).toBe('NOT_FOUND');
    const db = peek(backend.dataDir);
    // Through the write path: tombstones, outbox entries and audit rows for both records.
    expect(count(db, 'note', 'deleted_at IS NOT NULL')).toBe(1);
    expect(count(db, 'attachment', 'deleted_at IS NOT NULL')).toBe(1);
    expect(count(db, 'outbox', "entity = 'attachment'")).toBeGreaterThan(0);
    expect(count(db, 'audit', "entity = 'note' AND action = 'delete'")).toBe(1);
  });

  it('refuses an empty note and a note about a record that does not exist', async () => {
    const backend = openBackend();
    const acme = await account(backend);
    expect(
      (await backend.fail('notes.create', { regarding: { entity: 'account', id: acme.id }, text: '  ' })).messageKey,
    ).toBe('error.note_empty');
    const missing = await backend.fail('notes.create', {
      regarding: { entity: 'contact', id: '01900000-0000-7000-8000-000000000000' },
      text: 'x',
    });
    expect(missing.code).toBe('NOT_FOUND');
    expect(count(peek(backend.dataDir), 'note')).toBe(0);
  });

  it('refuses a file over the limit with a clear message and saves nothing', async () => {
    const backend = openBackend();
    const acme = await account(backend);
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7).toString('base64');
    const error = await backend.fail('notes.create', {
      regarding: { entity: 'account', id: acme.id },
      text: 'With the scan',
      attachments: [
        { fileName: 'small.txt', data: b64('ok') },
        { fileName: 'scan.tiff', data: big },
      ],
    });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      messageKey: 'error.attachment_too_large',
      params: { name: 'scan.tiff', limit: 10 },
    });
    const db = peek(backend.dataDir);
    for (const table of ['note', 'attachment', 'blob']) expect(count(db, table), table).toBe(0);
    expect(count(db, 'outbox', "entity IN ('note', 'attachment')")).toBe(0);

    // Exactly at the limit is fine.
    const atLimit = await backend.ok('notes.create', {
      regarding: { entity: 'account', id: acme.id },
      attachments: [{ fileName: 'limit.bin', data: Buffer.alloc(MAX_ATTACHMENT_BYTES, 1).toString('base64') }],
    });
    expect(atLimit.attachments[0]?.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('stores identical files once', async () => {
    const backend = openBackend();
    const acme = await account(backend);
    const regarding = { entity: 'account', id: acme.id };
    const first = await backend.ok('notes.create', {
      regarding,
      title: 'First',
      attachments: [{ fileName: 'a.txt', data: b64('same') }],
    });
    const second = await backend.ok('notes.create', {
      regarding,
      attachments: [
        { fileName: 'b.txt', data: b64('same') },
        { fileName: 'c.txt', data: b64('other') },
      ],
    });
    expect(second.attachments.find((a) => a.fileName === 'b.txt')?.sha256).toBe(first.attachments[0]?.sha256);
    const db = peek(backend.dataDir);
    expect(count(db, 'attachment')).toBe(3);
    expect(count(db, 'blob')).toBe(2);
    // Deleting one attachment keeps the content the other still names.
    const left = await backend.ok('attachments.delete', { id: first.attachments[0]!.id });
    expect(left.attachments).toEqual([]);
    const b = second.attachments.find((a) => a.fileName === 'b.txt')!;
    expect(Buffer.from((await backend.ok('attachments.get', { id: b.id })).data, 'base64').toString()).toBe('same');
  });

  it('attachments survive a backup and its restore', async () => {
    const dataDir = tempDataDir();
    let clock = Date.parse('2026-03-01T08:00:00Z');
    const now = () => clock;
    const first = openBackend(dataDir, { now });
    const acme = await account(first);
    const note = await first.ok('notes.create', {
      regarding: { entity: 'account', id: acme.id },
      title: 'Contract',
      attachments: [{ fileName: 'договор.pdf', mimeType: 'application/pdf', data: b64('%PDF-1.7 signed') }],
    });
    first.close();

    clock += 86_400_000;
    const second = openBackend(dataDir, { now });
    await expect.poll(() => second.ok('db.backups', {}).then((b) => b.length)).toBe(1);
    const [backup] = await second.ok('db.backups', {});
    await second.ok('notes.delete', { id: note.id });
    await second.ok('db.restoreBackup', { file: backup!.file });

    const page = await second.ok('timeline.list', { entity: 'account', id: acme.id, types: ['note'] });
    const restored = page.entries[0]?.note;
    expect(restored?.attachments[0]?.fileName).toBe('договор.pdf');
    const file = await second.ok('attachments.get', { id: restored!.attachments[0]!.id });
    expect(Buffer.from(file.data, 'base64').toString()).toBe('%PDF-1.7 signed');
  });
});
