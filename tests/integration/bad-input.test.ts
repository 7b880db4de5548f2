import { describe, expect, it, vi } from 'vitest';
import { MAX_TEXT } from '../../src-shared/api';
import { count, expectIssues, openBackend, peek, tempDataDir } from './helpers';

describe('bad input', () => {
  it('returns VALIDATION with field paths and saves nothing', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const error = await backend.fail('records.create', {
      entity: 'contact',
      values: { first_name: 'Anna', email: 'not-an-email', business_phone: 'call me', birthday: '2023-02-30' },
    });
    expectIssues(error, [
      ['values.email', 'validation.email'],
      ['values.business_phone', 'validation.phone'],
      ['values.birthday', 'validation.date'],
      ['values.last_name', 'validation.required'],
    ]);
    expect(error.messageKey).toBe('error.validation');
    expect(error.issues?.[0]?.message).toBe('Enter an e-mail address like name@example.com.');
    const db = peek(dataDir);
    expect([count(db, 'contact'), count(db, 'outbox'), count(db, 'audit')]).toEqual([0, 0, 0]);

    const created = await backend.ok('records.create', { entity: 'contact', values: { last_name: 'Petrova' } });
    const before = [count(db, 'outbox'), count(db, 'audit')];
    expectIssues(
      await backend.fail('records.update', {
        entity: 'contact',
        id: created.id,
        values: { last_name: '', job_title: 'ok' },
      }),
      [['values.last_name', 'validation.required']],
    );
    expect([count(db, 'outbox'), count(db, 'audit')]).toEqual(before);
    expect((await backend.ok('records.get', { entity: 'contact', id: created.id })).values['job_title']).toBeNull();
  });

  it('maps schema violations of the call itself to issues with paths', async () => {
    const backend = openBackend();
    expectIssues(await backend.fail('records.create', { entity: 'planet', values: {} }), [
      ['entity', 'validation.choice'],
    ]);
    expectIssues(await backend.fail('records.get', { entity: 'account', id: 'nope' }), [['id', 'validation.id']]);
    expectIssues(await backend.fail('records.get', { entity: 'account' }), [['id', 'validation.required']]);
    expectIssues(await backend.fail('records.list', { entity: 'account', limit: 5000 }), [['limit', 'validation.max']]);
    expectIssues(await backend.fail('records.list', { entity: 'account', limit: 2.5 }), [
      ['limit', 'validation.integer'],
    ]);
    expectIssues(await backend.fail('app.info', { extra: 1 }), [['extra', 'validation.unknown_field']]);
    expectIssues(await backend.fail('settings.update', { language: 'de' }), [['language', 'validation.choice']]);
    expectIssues(await backend.fail('records.create', { entity: 'account', values: { name: { nested: true } } }), [
      ['values.name', 'validation.type'],
    ]);
    const tooLongKey = await backend.fail('records.create', { entity: 'account', values: { ['k'.repeat(65)]: 'x' } });
    expect(tooLongKey.issues?.[0]?.messageKey).toBe('validation.unknown_field');
  });

  it('rejects a 10 MB string cleanly and keeps working', async () => {
    const backend = openBackend();
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const error = await backend.fail('records.create', { entity: 'account', values: { name: huge } });
    expectIssues(error, [['values.name', 'validation.too_long']]);
    expect(error.issues?.[0]?.params).toEqual({ max: MAX_TEXT });
    expect(JSON.stringify(error).length).toBeLessThan(2000);
    const search = await backend.fail('search.global', { text: huge });
    expect(search.code).toBe('VALIDATION');
    expect(
      (await backend.ok('records.create', { entity: 'account', values: { name: 'Still fine' } })).display_name,
    ).toBe('Still fine');
  });

  it('answers malformed calls without throwing', async () => {
    const backend = openBackend();
    expect((await backend.fail('no.such.method', {})).code).toBe('UNKNOWN_METHOD');
    expect((await backend.fail('__proto__', {})).code).toBe('UNKNOWN_METHOD');
    expect((await backend.fail('toString', {})).code).toBe('UNKNOWN_METHOD');
    expect((await backend.call(42 as unknown as string, {})).ok).toBe(false);
    for (const input of [null, 'text', 12, [], { entity: null }]) {
      expect((await backend.fail('records.list', input)).code).toBe('VALIDATION');
    }
  });

  it('turns unexpected failures into INTERNAL without leaking details, logging them to stderr', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    await backend.ok('app.info', {});
    peek(dataDir).exec('DROP TABLE audit');
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await backend.fail('records.create', { entity: 'account', values: { name: 'x' } });
      expect(error).toEqual({
        code: 'INTERNAL',
        messageKey: 'error.internal',
        message: 'Something went wrong; nothing was changed.',
      });
      expect(stderr).toHaveBeenCalled();
      expect(String(stderr.mock.calls[0]?.join(' '))).toContain('records.create');
    } finally {
      stderr.mockRestore();
    }
  });

  it('refuses list filters and sorts that do not fit the field', async () => {
    const backend = openBackend();
    const error = await backend.fail('records.list', {
      entity: 'account',
      sort: { field: 'description', dir: 'asc' },
      filters: [
        { field: 'employees', op: 'gt', value: 'many' },
        { field: 'email', op: 'gt', value: 'a' },
        { field: 'nope', op: 'eq', value: 1 },
        { field: 'annual_revenue', op: 'between', value: [1] },
        { field: 'industry', op: 'in', value: ['retail', 'mining'] },
        { field: 'phone', op: 'empty', value: 'x' },
        { field: 'name', op: 'eq', value: 12 },
      ],
      columns: ['name', 'bogus'],
    });
    expectIssues(error, [
      ['sort.field', 'validation.not_sortable'],
      ['filters.0.value', 'validation.integer'],
      ['filters.1.op', 'validation.filter_op'],
      ['filters.2.field', 'validation.unknown_field'],
      ['filters.3.value', 'validation.type'],
      ['filters.4.value.1', 'validation.choice'],
      ['filters.5.value', 'validation.type'],
      ['filters.6.value', 'validation.type'],
      ['columns.1', 'validation.unknown_field'],
    ]);
    const cursor = await backend.fail('records.list', { entity: 'account', after: 'garbage' });
    expectIssues(cursor, [['after', 'validation.cursor']]);
  });
});
