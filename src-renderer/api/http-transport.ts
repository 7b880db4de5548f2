import {
  EVENT_NAMES,
  type ApiError,
  type ApiResult,
  type ErrorCode,
  type EventName,
  type EventPayloads,
} from '../../src-shared/api';
import { ENTITY_NAMES } from '../../src-shared/entities';
import type { Transport } from './transport';

type Listener = (payload: unknown) => void;

/**
 * The browser host: `POST /api/<method>` with a JSON body and the per-launch
 * token in `x-crm-token`; events arrive over one shared EventSource.
 */
export function createHttpTransport(token: string, base = ''): Transport {
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  function dispatch(event: string, payload: unknown) {
    const set = listeners.get(event as EventName);
    if (set) for (const listener of [...set]) listener(payload);
  }

  function ensureSource() {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    // Named SSE events (`event: records-changed`) carry the payload as data.
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (e) => dispatch(name, parseJson((e as MessageEvent<string>).data)));
    }
    // EventSource reconnects by itself after the connection drops, but events
    // sent meanwhile are lost: once it is back, everything shown may be stale,
    // so every list and form re-reads as if all record types had changed.
    let dropped = false;
    source.addEventListener('error', () => {
      dropped = true;
    });
    source.addEventListener('open', () => {
      if (!dropped) return;
      dropped = false;
      dispatch('records-changed', { entities: [...ENTITY_NAMES], ids: [] });
    });
    // Unnamed messages carry `{ event, payload }`.
    source.onmessage = (e: MessageEvent<string>) => {
      const data = parseJson(e.data);
      if (isRecord(data) && typeof data['event'] === 'string') dispatch(data['event'], data['payload']);
    };
  }

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-crm-token': token },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return failure('INTERNAL', 'error.network', 'The app could not reach its backend.');
      }
      const body = parseJson(await response.text().catch(() => ''));
      if (isApiResult(body)) return body;
      return failure(
        codeForStatus(response.status),
        `error.${codeForStatus(response.status).toLowerCase()}`,
        `HTTP ${response.status}`,
      );
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      ensureSource();
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const wrapped = listener as Listener;
      set.add(wrapped);
      return () => {
        set.delete(wrapped);
      };
    },
  };
}

function failure(code: ErrorCode, messageKey: string, message: string): ApiResult<never> {
  const error: ApiError = { code, messageKey, message };
  return { ok: false, error };
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'UNKNOWN_METHOD';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  return 'INTERNAL';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (!isRecord(value)) return false;
  if (value['ok'] === true) return 'value' in value;
  return value['ok'] === false && isRecord(value['error']) && typeof value['error']['code'] === 'string';
}
