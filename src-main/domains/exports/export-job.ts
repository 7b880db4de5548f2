import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as nextTick } from 'node:timers/promises';
import type { ExportProgress, ExportState, ListInput } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import type { SqlDb } from '../../db';
import type { ListCriteriaContext } from '../records/list-query';
import { planList } from '../records/list-query';
import { listRecords } from '../records/list-records';
import { countRows } from './count-rows';
import { UTF8_BOM } from './csv';
import { csvHeader, csvRow, type CsvFormat } from './csv-row';

/**
 * One CSV export: count the rows, then write them page by page (keyset
 * pages of the same query the list shows, so the file has the list's rows
 * in the list's order), yielding to the event loop between pages so the
 * main process stays responsive. Writes to a temporary file beside the
 * target and renames it into place at the end, so a cancelled or failed
 * export never leaves half a file (or destroys the file it would replace).
 */

/** Rows per page: about 10-20 ms of work each on a laptop. */
export const EXPORT_PAGE_ROWS = 1000;
/** Progress is reported at most this often (and always at the start and the end). */
const PROGRESS_EVERY_MS = 200;

export class ExportCancelled extends Error {
  override readonly name = 'ExportCancelled';
}

export interface ExportSpec {
  readonly list: ListInput;
  readonly criteria: ListCriteriaContext | undefined;
  /** The exported columns after the name, in order. */
  readonly columns: readonly FieldDef[];
  readonly format: CsvFormat;
}

export interface ExportTarget {
  /** Where the finished file ends up. */
  readonly path: string;
  readonly fileName: string;
  readonly delivery: 'file' | 'download';
}

export class ExportJob {
  state: ExportState = 'counting';
  done = 0;
  total: number | null = null;
  private cancelRequested = false;
  private lastReport = 0;

  constructor(
    readonly id: string,
    readonly target: ExportTarget,
    private readonly report: (progress: ExportProgress) => void,
    private readonly now: () => number = Date.now,
  ) {}

  get finished(): boolean {
    return this.state === 'done' || this.state === 'failed' || this.state === 'cancelled';
  }

  cancel(): void {
    this.cancelRequested = true;
  }

  progress(extra: Partial<ExportProgress> = {}): ExportProgress {
    return {
      jobId: this.id,
      state: this.state,
      done: this.done,
      total: this.total,
      fileName: this.target.fileName,
      delivery: this.target.delivery,
      ...extra,
    };
  }

  private tick(force = false): void {
    const now = this.now();
    if (!force && now - this.lastReport < PROGRESS_EVERY_MS) return;
    this.lastReport = now;
    this.report(this.progress());
  }

  private async pause(): Promise<void> {
    await nextTick();
    if (this.cancelRequested) throw new ExportCancelled();
  }

  private async *chunks(db: SqlDb, spec: ExportSpec): AsyncGenerator<string> {
    yield UTF8_BOM + csvHeader(spec.columns, spec.format);
    let after: string | null = null;
    do {
      const page = listRecords(
        db,
        { ...spec.list, limit: EXPORT_PAGE_ROWS, ...(after ? { after } : {}) },
        spec.criteria,
      );
      let text = '';
      for (const row of page.rows) text += csvRow(row, spec.columns, spec.format);
      yield text;
      this.done += page.rows.length;
      this.tick();
      after = page.nextCursor;
      await this.pause();
    } while (after);
  }

  /** Runs to the end; never throws (the outcome is in `state` and the last progress report). */
  async run(db: SqlDb, spec: ExportSpec): Promise<void> {
    const temp = `${this.target.path}.${this.id}.part`;
    try {
      this.tick(true);
      await this.pause();
      this.total = await countRows(db, planList(spec.list, spec.criteria), () => this.pause());
      this.state = 'writing';
      this.tick(true);
      // One page in flight at a time: pages are large strings, and a deep read-ahead only keeps them alive longer.
      const source = Readable.from(this.chunks(db, spec), { highWaterMark: 1 });
      await pipeline(source, createWriteStream(temp, { flags: 'wx' }));
      await rename(temp, this.target.path);
      this.state = 'done';
      this.tick(true);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      if (error instanceof ExportCancelled) {
        this.state = 'cancelled';
        this.tick(true);
        return;
      }
      this.state = 'failed';
      const detail = error instanceof Error ? error.message : String(error);
      this.report(
        this.progress({
          error: {
            code: 'INTERNAL',
            messageKey: 'error.export_failed',
            message: `The export could not be written: ${detail}`,
            params: { detail },
          },
        }),
      );
    }
  }
}
