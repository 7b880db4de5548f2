import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportProgress, ExportStarted } from '../../src-shared/api';
import { createBackend } from '../../src-main/backend';
import { expectIssues, openBackend, tempDataDir, type TestBackend } from './helpers';

/** CSV export of a view: content, progress, cancelling, the download hand-off and the save dialog. */

const retail = {
  kind: 'group',
  op: 'and',
  items: [{ kind: 'condition', field: 'account_id.industry', op: 'eq', value: 'retail' }],
} as const;

function progressOf(backend: { on: TestBackend['on'] }): {
  events: ExportProgress[];
  end: (jobId: string) => Promise<ExportProgress>;
} {
  const events: ExportProgress[] = [];
  const waiters: { jobId: string; resolve: (p: ExportProgress) => void }[] = [];
  backend.on('export-progress', (p) => {
    events.push(p);
    if (p.state === 'done' || p.state === 'failed' || p.state === 'cancelled')
      for (const w of waiters.filter((x) => x.jobId === p.jobId)) w.resolve(p);
  });
  return {
    events,
    end: (jobId) =>
      new Promise((resolve) => {
        const ended = events.find((e) => e.jobId === jobId && ['done', 'failed', 'cancelled'].includes(e.state));
        if (ended) resolve(ended);
        else waiters.push({ jobId, resolve });
      }),
  };
}

function started(result: ExportStarted) {
  if (result.state !== 'started') throw new Error('the export did not start');
  return result;
}

async function sampleData(backend: TestBackend) {
  const shop = await backend.ok('records.create', {
    entity: 'account',
    values: { name: 'Магазин «Ромашка», ООО', industry: 'retail', annual_revenue: '1234567.5' },
  });
  const bazaar = await backend.ok('records.create', {
    entity: 'account',
    values: { name: 'بازار تهران', industry: 'retail' },
  });
  const bank = await backend.ok('records.create', { entity: 'account', values: { name: 'Bank', industry: 'finance' } });
  await backend.ok('records.create', {
    entity: 'contact',
    values: {
      first_name: 'Пётр',
      last_name: 'Иванов',
      account_id: shop.id,
      job_title: 'Buyer, "senior"',
      birthday: '1980-02-29',
      do_not_email: true,
      preferred_contact_method: 'phone',
      business_phone: '+7 495 123-45-67',
    },
  });
  await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'مریم', last_name: 'رضایی', account_id: bazaar.id, job_title: '=1+2' },
  });
  await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Banker', account_id: bank.id } });
}

describe('CSV export', () => {
  let extraDirs: string[] = [];
  afterEach(() => {
    for (const dir of extraDirs) rmSync(dir, { recursive: true, force: true });
    extraDirs = [];
  });

  it('writes the view’s rows and columns in order, as UTF-8 with BOM, localized headers and spreadsheet values', async () => {
    const backend = openBackend();
    await sampleData(backend);
    await backend.ok('settings.update', { language: 'ru' });
    const progress = progressOf(backend);
    const job = started(
      await backend.ok('export.start', {
        entity: 'contact',
        criteria: retail,
        columns: ['account_id', 'job_title', 'birthday', 'do_not_email', 'preferred_contact_method', 'business_phone'],
        sort: { field: 'last_name', dir: 'asc' },
        fileName: 'Розничные контакты',
      }),
    );
    expect(job).toMatchObject({ delivery: 'download', fileName: 'Розничные контакты.csv' });
    expect(job.ticket).toMatch(/^[\w-]{32}$/);
    const end = await progress.end(job.jobId);
    expect(end).toMatchObject({ state: 'done', done: 2, total: 2 });
    expect(progress.events.map((e) => e.state)).toEqual(['counting', 'writing', 'done']);

    const file = backend.exportDownloads.take(job.jobId, job.ticket!);
    expect(file).not.toBeNull();
    const bytes = readFileSync(file!.path);
    expect(file!.size).toBe(bytes.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe(
      [
        'Название,Организация,Должность,День рождения,Не писать по эл. почте,Предпочтительный способ связи,Рабочий телефон',
        'Пётр Иванов,"Магазин «Ромашка», ООО","Buyer, ""senior""",1980-02-29,Да,Телефон,+7 495 123-45-67',
        // An unset yes/no field is empty, as in the list.
        "مریم رضایی,بازار تهران,'=1+2,,,,",
        '',
      ].join('\r\n'),
    );
    file!.release();
    expect(existsSync(file!.path)).toBe(false);
    // The ticket worked once.
    expect(backend.exportDownloads.take(job.jobId, job.ticket!)).toBeNull();
  });

  it('writes money as a plain decimal and hands the file only to the right ticket', async () => {
    const backend = openBackend();
    await sampleData(backend);
    const progress = progressOf(backend);
    const job = started(
      await backend.ok('export.start', { entity: 'account', columns: ['annual_revenue', 'industry'], filters: [] }),
    );
    await progress.end(job.jobId);
    expect(job.fileName).toBe('Accounts.csv');
    expect(backend.exportDownloads.take(job.jobId, 'not-the-ticket')).toBeNull();
    const file = backend.exportDownloads.take(job.jobId, job.ticket!);
    const text = readFileSync(file!.path, 'utf8');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFName,Annual revenue,Industry',
      'Bank,,Finance',
      '"Магазин «Ромашка», ООО",1234567.5,Retail',
      'بازار تهران,,Retail',
      '',
    ]);
  });

  it('reports progress on a large export and can be cancelled, leaving no file behind', async () => {
    const backend = openBackend();
    await backend.ok('app.loadSample', {});
    const progress = progressOf(backend);
    const whole = started(await backend.ok('export.start', { entity: 'contact', columns: ['email', 'account_id'] }));
    const end = await progress.end(whole.jobId);
    expect(end).toMatchObject({ state: 'done', total: end.done });
    expect(end.done).toBeGreaterThan(500);
    const lines = readFileSync(backend.exportDownloads.take(whole.jobId, whole.ticket!)!.path, 'utf8').split('\r\n');
    expect(lines).toHaveLength(end.done + 2);

    const job = started(await backend.ok('export.start', { entity: 'contact', columns: ['email'] }));
    await backend.ok('export.cancel', { jobId: job.jobId });
    expect(await progress.end(job.jobId)).toMatchObject({ state: 'cancelled' });
    expect(backend.exportDownloads.take(job.jobId, job.ticket!)).toBeNull();
    expect(readdirSync(join(backend.dataDir, 'exports')).filter((f) => f.startsWith(job.jobId))).toEqual([]);
    expect((await backend.fail('export.cancel', { jobId: job.jobId })).messageKey).toBe('error.export_not_found');
  });

  it('refuses a view that does not fit before writing anything', async () => {
    const backend = openBackend();
    const error = await backend.fail('export.start', {
      entity: 'contact',
      columns: ['email', 'shoe_size'],
      criteria: {
        kind: 'group',
        op: 'and',
        items: [{ kind: 'condition', field: 'birthday', op: 'next_n_days', value: 0 }],
      },
    });
    expectIssues(error, [
      ['criteria.items.0.value', 'validation.days'],
      ['columns.1', 'validation.unknown_field'],
    ]);
    expect(existsSync(join(backend.dataDir, 'exports'))).toBe(false);
  });

  it('writes straight to the file chosen in the save dialog, and does nothing when it is cancelled', async () => {
    const target = mkdtempSync(join(tmpdir(), 'crm-export-target-'));
    extraDirs.push(target);
    const answers: (string | null)[] = [join(target, 'my contacts'), null];
    const asked: string[] = [];
    const backend = createBackend({
      dataDir: tempDataDir(),
      saveDialog: async (name) => {
        asked.push(name);
        return answers.shift() ?? null;
      },
    });
    try {
      const progress = progressOf(backend);
      await backend.call('records.create', { entity: 'contact', values: { last_name: 'Zoe' } });
      const result = await backend.call('export.start', { entity: 'contact', columns: ['email'], fileName: 'Мои' });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const job = started(result.value as ExportStarted);
      expect(job).toMatchObject({ delivery: 'file', fileName: 'my contacts.csv', ticket: null });
      expect(await progress.end(job.jobId)).toMatchObject({ state: 'done', done: 1 });
      expect(readFileSync(join(target, 'my contacts.csv'), 'utf8')).toBe('\uFEFFName,Email\r\nZoe,\r\n');
      expect(readdirSync(target)).toEqual(['my contacts.csv']);
      const cancelled = await backend.call('export.start', { entity: 'contact', columns: [] });
      expect(cancelled).toEqual({ ok: true, value: { state: 'cancelled' } });
      expect(asked).toEqual(['Мои.csv', 'Contacts.csv']);
    } finally {
      backend.close();
    }
  });
});
