import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_NAMES } from '../../src-shared/entities';
import { createHttpTransport } from './http-transport';

/** Just enough of EventSource to fire its connection events by hand. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  readonly listeners = new Map<string, ((e: unknown) => void)[]>();
  onmessage: ((e: MessageEvent<string>) => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, listener: (e: unknown) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }
  fire(name: string, data?: unknown) {
    for (const l of this.listeners.get(name) ?? []) l({ data: JSON.stringify(data) });
  }
}

describe('browser host events', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('delivers named events and, after a dropped connection comes back, asks everything to re-read', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const transport = createHttpTransport('secret');
    const seen: unknown[] = [];
    transport.on('records-changed', (p) => seen.push(p));
    const source = FakeEventSource.last!;
    expect(source.url).toBe('/api/events?token=secret');

    source.fire('open');
    source.fire('records-changed', { entities: ['account'], ids: ['a'] });
    expect(seen).toEqual([{ entities: ['account'], ids: ['a'] }]);

    source.fire('error');
    source.fire('open');
    expect(seen[1]).toEqual({ entities: [...ENTITY_NAMES], ids: [] });
    source.fire('open');
    expect(seen).toHaveLength(2);
  });
});
