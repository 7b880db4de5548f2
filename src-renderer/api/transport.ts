import type { ApiResult, EventName, EventPayloads } from '../../src-shared/api';

/** How calls and events travel between this window and the backend. */
export interface Transport {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
