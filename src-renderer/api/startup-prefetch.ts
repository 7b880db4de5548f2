import type { MethodInput, MethodName, MethodResult } from '../../src-shared/api';
import type { ApiClient } from './client';

/** How long a call made at start-up may stand in for the UI's own identical call. */
export const PREFETCH_TTL_MS = 5_000;

export interface PrefetchRequest<M extends MethodName = MethodName> {
  readonly method: M;
  readonly input: MethodInput<M>;
}

/** JSON with object keys sorted, so two equal inputs compare equal whatever their key order. */
export function stableKey(method: string, input: unknown): string {
  return JSON.stringify([method, input], (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

/**
 * Starts the calls the first screen will make (app.info, the first page of
 * the list in the address) while React is still starting, instead of after
 * the shell has rendered; the first identical call from the UI gets the
 * answer already on its way. Each answer is used once, only within
 * PREFETCH_TTL_MS and only until any `records-changed` event, so the UI
 * never sees data older than what it would have fetched itself.
 */
export function withStartupPrefetch(
  client: ApiClient,
  requests: readonly PrefetchRequest[],
  now: () => number = () => performance.now(),
): ApiClient {
  const startedAt = now();
  const pending = new Map<string, Promise<unknown>>();
  for (const { method, input } of requests) {
    const answer = client.call(method, input as MethodInput<typeof method>);
    // An unused failed prefetch must not surface as an unhandled rejection.
    answer.catch(() => undefined);
    pending.set(stableKey(method, input), answer);
  }
  const stopChanged = client.on('records-changed', () => {
    pending.clear();
    stopChanged();
  });
  return {
    call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
      const key = stableKey(method, input);
      const answer = pending.get(key);
      if (answer && now() - startedAt <= PREFETCH_TTL_MS) {
        pending.delete(key);
        return answer as Promise<MethodResult<M>>;
      }
      if (pending.size > 0 && now() - startedAt > PREFETCH_TTL_MS) pending.clear();
      return client.call(method, input);
    },
    on: (event, listener) => client.on(event, listener),
  };
}
