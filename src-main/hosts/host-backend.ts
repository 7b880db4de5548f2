import type { ApiResult, EventName, EventPayloads } from '../../src-shared/api';
import type { ExportDownloads } from '../domains/exports/export-service';

/**
 * What a host needs from the backend (`createBackend` in src-main/backend):
 * hosts only forward calls and events, so they depend on this narrow shape
 * and tests can hand them a fake.
 */
export interface HostBackend {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Finished CSV exports to hand out as downloads (the browser host serves them). */
  readonly exportDownloads?: ExportDownloads;
  close(): void;
}
