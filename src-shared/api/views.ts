import { z } from 'zod';
import { VIEW_SCOPES } from '../entities/saved-view';
import { criteriaSchema } from '../query/criteria';
import { queryClock } from './query-clock';
import { columnFilter, entityName, recordId } from './records';
import type { ApiError } from './errors';

/** Input schemas and result types of saved views and CSV export. */

export type { ViewDefinition, ViewSort } from '../views/view-definition';

export const viewSort = z.object({ field: z.string().min(1).max(64), dir: z.enum(['asc', 'desc']) }).strict();
/** Columns of a list or export, in order (the name always comes first and need not be listed). */
export const viewColumns = z.array(z.string().min(1).max(64)).max(60);
const viewName = z.string().trim().min(1).max(100);

export const viewsListInput = z.object({ entity: entityName }).strict();

export const viewSaveInput = z
  .object({
    /** Saves over this view (one of the caller's own, or a system view for an administrator); creates one when absent. */
    id: recordId.optional(),
    entity: entityName,
    name: viewName,
    /** `system`: everyone sees it (administrators only). Defaults to `personal`. */
    scope: z.enum(VIEW_SCOPES).optional(),
    columns: viewColumns,
    sort: viewSort,
    criteria: criteriaSchema,
  })
  .strict();
export type ViewSaveInput = z.infer<typeof viewSaveInput>;

export const viewRenameInput = z.object({ id: recordId, name: viewName }).strict();
export const viewDeleteInput = z.object({ id: recordId }).strict();

export const exportStartInput = z
  .object({
    entity: entityName,
    columns: viewColumns,
    sort: viewSort.optional(),
    criteria: criteriaSchema.optional(),
    filters: z.array(columnFilter).max(50).optional(),
    quickFind: z.string().max(200).optional(),
    /** Suggested file name (".csv" is added); defaults to the record type's plural label. */
    fileName: z.string().max(120).optional(),
    ...queryClock,
  })
  .strict();
export type ExportStartInput = z.infer<typeof exportStartInput>;

export const exportCancelInput = z.object({ jobId: z.string().uuid() }).strict();

/**
 * An export that has started. `file`: written straight to the place the
 * user chose in the save dialog (desktop). `download`: written to a
 * temporary file the browser fetches from `/api/exports/<jobId>?ticket=…`
 * once the export is done; the ticket works once.
 */
export type ExportStarted =
  | {
      readonly state: 'started';
      readonly jobId: string;
      readonly fileName: string;
      readonly delivery: 'file' | 'download';
      readonly ticket: string | null;
    }
  | { readonly state: 'cancelled' };

export type ExportState = 'counting' | 'writing' | 'done' | 'failed' | 'cancelled';

/** Progress of an export, sent as it runs (a few times a second at most) and when it ends. */
export interface ExportProgress {
  readonly jobId: string;
  readonly state: ExportState;
  readonly done: number;
  /** Rows the export will hold; null while they are being counted. */
  readonly total: number | null;
  readonly fileName: string;
  readonly delivery: 'file' | 'download';
  readonly error?: ApiError;
}
