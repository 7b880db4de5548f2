import type { ApiError, EventName, EventPayloads, MethodInput, MethodName, MethodResult } from '../../src-shared/api';
import type { Transport } from './transport';

/** A failed call: carries the backend's `ApiError` so the UI can translate it and place field issues. */
export class ApiCallError extends Error {
  readonly error: ApiError;
  readonly method: MethodName;

  constructor(method: MethodName, error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.method = method;
    this.error = error;
  }
}

export function isApiCallError(value: unknown): value is ApiCallError {
  return value instanceof ApiCallError;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** The typed client: unwraps `{ ok: true }` and throws `ApiCallError` on `{ ok: false }`. */
export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport.call(method, input);
      if (!result.ok) throw new ApiCallError(method, result.error);
      return result.value as MethodResult<typeof method>;
    },
    on: (event, listener) => transport.on(event, listener),
  };
}
