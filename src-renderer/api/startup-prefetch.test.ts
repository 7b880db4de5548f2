import { describe, expect, it } from 'vitest';
import type { EventName, EventPayloads, MethodInput } from '../../src-shared/api';
import type { ApiClient } from './client';
import { PREFETCH_TTL_MS, stableKey, withStartupPrefetch } from './startup-prefetch';

function fakeClient() {
  const calls: [string, unknown][] = [];
  const listeners = new Set<(p: EventPayloads['records-changed']) => void>();
  const client: ApiClient = {
    call: ((method: string, input: unknown) => {
      calls.push([method, input]);
      return Promise.resolve({ n: calls.length });
    }) as ApiClient['call'],
    on: ((event: EventName, listener: (p: EventPayloads['records-changed']) => void) => {
      if (event === 'records-changed') listeners.add(listener);
      return () => listeners.delete(listener);
    }) as ApiClient['on'],
  };
  const changed = () => listeners.forEach((l) => l({ entities: ['contact'], ids: [] }));
  return { client, calls, changed };
}

const page: MethodInput<'records.list'> = {
  entity: 'contact',
  sort: { field: 'display_name', dir: 'asc' },
  filters: [],
  limit: 100,
};
const samePageOtherOrder: MethodInput<'records.list'> = {
  limit: 100,
  filters: [],
  sort: { dir: 'asc', field: 'display_name' },
  entity: 'contact',
};

describe('start-up prefetch', () => {
  it('answers the first identical call (whatever its key order) from the call already made, once', async () => {
    const { client, calls } = fakeClient();
    const api = withStartupPrefetch(client, [{ method: 'records.list', input: page }], () => 0);
    expect(calls).toHaveLength(1);
    expect(await api.call('records.list', samePageOtherOrder)).toEqual({ n: 1 });
    expect(await api.call('records.list', page)).toEqual({ n: 2 });
  });

  it('does not answer a different call from it', async () => {
    const { client, calls } = fakeClient();
    const api = withStartupPrefetch(client, [{ method: 'records.list', input: page }], () => 0);
    await api.call('records.list', { ...page, limit: 50 });
    expect(calls).toHaveLength(2);
  });

  it('drops prefetched answers once records change or after the time limit', async () => {
    const changing = fakeClient();
    const api = withStartupPrefetch(changing.client, [{ method: 'records.list', input: page }], () => 0);
    changing.changed();
    expect(await api.call('records.list', page)).toEqual({ n: 2 });

    let clock = 0;
    const slow = fakeClient();
    const late = withStartupPrefetch(slow.client, [{ method: 'app.info', input: {} }], () => clock);
    clock = PREFETCH_TTL_MS + 1;
    expect(await late.call('app.info', {})).toEqual({ n: 2 });
  });

  it('keys inputs by value', () => {
    expect(stableKey('m', { b: 1, a: { d: 2, c: 3 } })).toBe(stableKey('m', { a: { c: 3, d: 2 }, b: 1 }));
    expect(stableKey('m', [2, 1])).not.toBe(stableKey('m', [1, 2]));
  });
});
