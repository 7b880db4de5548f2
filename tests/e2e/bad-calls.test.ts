import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogKeys, en } from '../../src-shared/i18n';
import { DEFAULT_BODY_LIMIT } from '../../src-main/hosts/web/json-body';
import {
  launchBrowser,
  okValue,
  openPage,
  recordNames,
  removeDataDir,
  startHost,
  type AppHost,
  type HttpAnswer,
} from './harness';
import { openList, table, visible } from './ui';

/**
 * Calls the renderer would never make, sent straight to a running browser
 * host over HTTP: far too much data, broken JSON, wrong shapes, unknown
 * methods, no token. Each gets a structured `{ ok: false, error }` answer
 * in a form the UI can translate, with nothing internal in it, and the host
 * keeps serving normal calls afterwards. One host for the file.
 */

let host: AppHost;

beforeAll(async () => {
  host = await startHost();
  okValue(await host.call('app.startEmpty', {}));
});
afterAll(async () => {
  await host?.stop();
  if (host) removeDataDir(host.dataDir);
});

const KNOWN_KEYS = new Set(catalogKeys(en));

/** A JSON error answer with a code, a message key the UI can translate, and no stack trace or source path. */
function expectStructuredError(answer: HttpAnswer, status: number, code: string): void {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  expect(answer.json).toMatchObject({ ok: false, error: { code } });
  const error = (answer.json as { error: { messageKey: unknown; message: unknown } }).error;
  expect(
    typeof error.messageKey === 'string' && KNOWN_KEYS.has(error.messageKey),
    `key ${String(error.messageKey)}`,
  ).toBe(true);
  expect(typeof error.message === 'string' && error.message.length > 0).toBe(true);
  expect(answer.text).not.toMatch(/\bat [^\n]+:\d+:\d+|\.(?:ts|js|mjs|cjs):\d+|node_modules|\/work\/|Error:/);
}

function post(
  path: string,
  body: string,
  headers: Record<string, string> = { 'x-crm-token': '' },
): Promise<HttpAnswer> {
  return host.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

const withToken = () => ({ 'x-crm-token': host.token });

describe('bad calls to the browser host', () => {
  it('refuses a 10 MB field value cleanly and keeps working', async () => {
    // The body limit leaves room for one attachment at its size limit (base64); past it the host refuses to read on.
    const huge = 'x'.repeat(DEFAULT_BODY_LIMIT + 1024);
    const answer = await host.call('records.create', { entity: 'account', values: { name: huge } });
    expectStructuredError(answer, 413, 'PAYLOAD_TOO_LARGE');

    // 10 MB arrives, far beyond what any text field takes: a validation error on that field.
    const long = await host.call('records.create', {
      entity: 'account',
      values: { name: 'y'.repeat(10 * 1024 * 1024) },
    });
    expectStructuredError(long, 200, 'VALIDATION');
    expect(long.json).toMatchObject({
      error: { issues: [{ path: ['values', 'name'], messageKey: 'validation.too_long' }] },
    });

    okValue(await host.call('records.create', { entity: 'account', values: { name: 'After The Flood' } }));
    const names = await recordNames(host, 'account');
    expect(names).toContain('After The Flood');
    expect(names.every((n) => n.length < 1000)).toBe(true);
    expect(host.process.exitCode).toBeNull();
  });

  it('answers malformed JSON and wrong shapes with structured errors', async () => {
    expectStructuredError(
      await post('/api/records.create', '{"entity": "account", "values": {', withToken()),
      400,
      'VALIDATION',
    );
    for (const body of ['null', '[]', '"account"', '42', '{"entity":"account"}', '{"entity":"nothing","values":{}}']) {
      expectStructuredError(await post('/api/records.create', body, withToken()), 200, 'VALIDATION');
    }
    const wrongType = await host.call('records.create', { entity: 'account', values: { name: { $gt: '' } } });
    expectStructuredError(wrongType, 200, 'VALIDATION');
    // The backend applies the same field rules as the form, whoever calls it.
    const badEmail = await host.call('records.create', { entity: 'account', values: { name: 'Mail', email: 'nope' } });
    expectStructuredError(badEmail, 200, 'VALIDATION');
    expect(badEmail.json).toMatchObject({
      error: { issues: [{ path: ['values', 'email'], messageKey: 'validation.email' }] },
    });
    const deep = `{"entity":"account","values":{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const deepAnswer = await post('/api/records.create', deep, withToken());
    expect([200, 400]).toContain(deepAnswer.status);
    expectStructuredError(deepAnswer, deepAnswer.status, 'VALIDATION');

    expect(await recordNames(host, 'account')).not.toContain('Mail');
    okValue(await host.call('records.list', { entity: 'account' }));
  });

  it('answers unknown methods and wrong HTTP verbs with structured errors', async () => {
    for (const method of ['records.explode', 'constructor', 'toString', 'hasOwnProperty']) {
      expectStructuredError(await host.call(method, {}), 200, 'UNKNOWN_METHOD');
    }
    for (const path of ['/api/__proto__', '/api/..%2f..%2fetc%2fpasswd', '/api/']) {
      expectStructuredError(await post(path, '{}', withToken()), 404, 'UNKNOWN_METHOD');
    }
    expectStructuredError(await host.request('/api/app.info', { headers: withToken() }), 405, 'FORBIDDEN');
    okValue(await host.call('app.info', {}));
  });

  it('refuses every call without the right token with 401, and writes nothing', async () => {
    const create = JSON.stringify({ entity: 'account', values: { name: 'Intruder Inc.' } });
    expectStructuredError(await post('/api/records.create', create, {}), 401, 'UNAUTHORIZED');
    expectStructuredError(await post('/api/records.create', create, { 'x-crm-token': 'guessed' }), 401, 'UNAUTHORIZED');
    expectStructuredError(await post(`/api/records.create?token=${host.token}`, create, {}), 401, 'UNAUTHORIZED');
    expectStructuredError(await host.request('/api/events'), 401, 'UNAUTHORIZED');
    expect(await recordNames(host, 'account')).not.toContain('Intruder Inc.');
  });

  it('still serves the app in a browser after all of that', async () => {
    const browser = await launchBrowser();
    try {
      const opened = await openPage(browser, host);
      await openList(opened.page, 'Accounts');
      await visible(table(opened.page, 'Accounts').getByRole('link', { name: 'After The Flood' }));
      await opened.close();
    } finally {
      await browser.close();
    }
  });
});
