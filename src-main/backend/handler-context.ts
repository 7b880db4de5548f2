import type { ExportService } from '../domains/exports/export-service';
import type { DataSession } from './data-session';
import type { EventBus } from './event-bus';

/** What every handler receives besides its validated input. */
export interface HandlerContext {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly now: () => number;
  readonly session: DataSession;
  readonly events: EventBus;
  /** CSV exports running or waiting to be downloaded. */
  readonly exports: ExportService;
}
