import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DownloadFile, ExportDownloads } from '../../../../src-main/domains/exports/export-service';
import { contentDisposition } from '../../../../src-main/hosts/web/export-download';
import { startWebServer, type WebServer } from '../../../../src-main/hosts/web/server';
import { createFakeBackend } from '../fake-backend';
import { rawRequest } from './http-client';

const JOB = '01900000-0000-7000-8000-0000000000e1';
const TICKET = 'one-time-ticket';
const CSV = '\uFEFFName,Email\r\nПётр,p@example.com\r\n';

let dir: string;
let server: WebServer;
let file: string;
let taken: { jobId: string; ticket: string }[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crm-download-'));
  file = join(dir, `${JOB}.csv`);
  writeFileSync(file, CSV);
  taken = [];
  let available = true;
  const downloads: ExportDownloads = {
    take(jobId, ticket): DownloadFile | null {
      taken.push({ jobId, ticket });
      if (!available || jobId !== JOB || ticket !== TICKET) return null;
      available = false;
      return {
        path: file,
        fileName: 'Контакты «розница».csv',
        size: Buffer.byteLength(CSV),
        release: () => rmSync(file, { force: true }),
      };
    },
  };
  server = await startWebServer({
    backend: { ...createFakeBackend(), exportDownloads: downloads },
    rendererDir: dir,
    token: 'launch-token',
  });
});
afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(server.port, { method, path, headers: { host: `127.0.0.1:${server.port}`, ...headers } });

describe('export downloads from the browser host', () => {
  it('sends the finished file once for its ticket, as an attachment with its UTF-8 name, then deletes it', async () => {
    const answer = await get(`/api/exports/${JOB}?ticket=${TICKET}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(CSV);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-disposition']).toBe(contentDisposition('Контакты «розница».csv'));
    expect(answer.headers['content-security-policy']).toBeDefined();
    await expect.poll(() => existsSync(file)).toBe(false);
    expect((await get(`/api/exports/${JOB}?ticket=${TICKET}`)).status).toBe(404);
  });

  it('answers 404 without the right ticket, and never asks for an id that is not one', async () => {
    const wrong = await get(`/api/exports/${JOB}?ticket=guess`);
    expect(wrong.status).toBe(404);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { messageKey: 'error.export_not_found' } });
    expect((await get(`/api/exports/${JOB}`)).status).toBe(404);
    expect((await get(`/api/exports/not-an-id?ticket=${TICKET}`)).status).toBe(404);
    expect((await get(`/api/exports/${JOB}/../x?ticket=${TICKET}`)).status).toBe(404);
    expect(taken).toEqual([{ jobId: JOB, ticket: 'guess' }]);
    expect(existsSync(file)).toBe(true);
  });

  it('keeps the host checks: foreign Host or Origin, cross-site navigations and other methods are refused', async () => {
    const path = `/api/exports/${JOB}?ticket=${TICKET}`;
    expect((await get(path, { host: 'evil.example' })).status).toBe(403);
    expect((await get(path, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(path, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(path, {}, 'POST')).status).toBe(405);
    expect(taken).toEqual([]);
    expect((await get(path, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('names the file for old and new clients alike', () => {
    expect(contentDisposition('Contacts.csv')).toBe(
      `attachment; filename="Contacts.csv"; filename*=UTF-8''Contacts.csv`,
    );
    expect(contentDisposition('مخاطبان "ویژه".csv')).toBe(
      `attachment; filename="_______ ______.csv"; filename*=UTF-8''%D9%85%D8%AE%D8%A7%D8%B7%D8%A8%D8%A7%D9%86%20%22%D9%88%DB%8C%DA%98%D9%87%22.csv`,
    );
  });
});
