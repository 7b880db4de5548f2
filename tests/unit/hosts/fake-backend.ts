import type { ApiResult, EventName, EventPayloads } from '../../../src-shared/api';
import type { HostBackend } from '../../../src-main/hosts/host-backend';

/** A backend stand-in that records calls, echoes input for `app.info`, and lets a test emit events. */
export interface FakeBackend extends HostBackend {
  readonly calls: { method: string; input: unknown }[];
  readonly closed: () => boolean;
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void;
  listenerCount(event: EventName): number;
}

export function createFakeBackend(): FakeBackend {
  const calls: { method: string; input: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let closed = false;
  return {
    calls,
    closed: () => closed,
    async call(method: string, input: unknown): Promise<ApiResult<unknown>> {
      calls.push({ method, input });
      if (method === 'app.info') return { ok: true, value: { echo: input ?? null } };
      return {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', messageKey: 'error.unknownMethod', message: `No method ${method}` },
      };
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) (listener as (p: typeof payload) => void)(payload);
    },
    listenerCount(event) {
      return listeners.get(event)?.size ?? 0;
    },
    close() {
      closed = true;
    },
  };
}
