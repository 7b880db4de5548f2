import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type ExportProgress, type ExportStarted, type ExportStartInput } from '../../../src-shared/api';
import { getEntity, type FieldDef } from '../../../src-shared/entities';
import { CATALOGS, messageAt } from '../../../src-shared/i18n';
import type { EventBus } from '../../backend/event-bus';
import type { Store } from '../../backend/store';
import { uuidv7 } from '../../ids';
import { readSettings } from '../app/settings';
import { criteriaEnv, listCriteriaContext } from '../records/criteria-env';
import { planList } from '../records/list-query';
import { listField } from '../records/list-filters';
import { recordTable } from '../records/record-table';
import { csvFileName } from './csv';
import { ExportJob, type ExportSpec, type ExportTarget } from './export-job';

/**
 * The exports of one backend. With a save dialog (the desktop host) the
 * user picks the file first and the CSV is written there. Without one (the
 * browser host, tests) it is written under `<data dir>/exports/` and handed
 * out once, through `take`, to whoever shows the export's one-time ticket;
 * the ticket travels only in the answer to the authenticated `export.start`.
 * Unclaimed files are removed after a while and when the backend closes.
 */

/** Asks the user where to save `suggestedName`; null when they cancel. */
export type SaveDialog = (suggestedName: string) => Promise<string | null>;

export interface DownloadFile {
  readonly path: string;
  readonly fileName: string;
  readonly size: number;
  /** Removes the file once it has been sent. */
  release(): void;
}

/** What the browser host may ask: the finished file of an export, once, for its ticket. */
export interface ExportDownloads {
  take(jobId: string, ticket: string): DownloadFile | null;
}

export const EXPORTS_FOLDER = 'exports';
/** How long a finished download waits to be fetched. */
const UNCLAIMED_MS = 10 * 60_000;

interface Entry {
  readonly job: ExportJob;
  readonly ticketHash: Buffer | null;
  timer?: NodeJS.Timeout;
}

function hash(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'error.export_not_found', 'This export is no longer available.');
}

export class ExportService implements ExportDownloads {
  private readonly entries = new Map<string, Entry>();
  private readonly folder: string;

  constructor(
    dataDir: string,
    private readonly events: EventBus,
    private readonly saveDialog: SaveDialog | undefined,
    private readonly now: () => number,
  ) {
    this.folder = join(dataDir, EXPORTS_FOLDER);
    this.removeLeftovers();
  }

  /** Files a previous run left behind (it crashed, or nobody fetched them). */
  private removeLeftovers(): void {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return;
    }
    for (const name of names) {
      const file = join(this.folder, name);
      try {
        if (statSync(file).mtimeMs < Date.now() - UNCLAIMED_MS) rmSync(file, { force: true });
      } catch {
        // Another process may be removing it too.
      }
    }
  }

  private spec(store: Store, input: ExportStartInput): ExportSpec {
    const { entity, columns, sort, criteria, filters, quickFind, timeZone, weekStart } = input;
    const list = {
      entity,
      columns,
      ...(sort ? { sort } : {}),
      ...(criteria ? { criteria } : {}),
      ...(filters ? { filters } : {}),
      ...(quickFind?.trim() ? { quickFind: quickFind.trim() } : {}),
      ...(timeZone ? { timeZone } : {}),
      ...(weekStart !== undefined ? { weekStart } : {}),
    };
    // Relative dates are resolved once, so the whole file answers the same question.
    const now = this.now();
    const criteriaContext = listCriteriaContext(store, now, list);
    // Any problem with the columns, sort, filters or criteria is reported now, before a file exists.
    planList(list, criteriaContext);
    const table = recordTable(entity);
    const fields: FieldDef[] = [];
    for (const name of columns) {
      const field = name === 'display_name' ? undefined : listField(table, name);
      if (field && !fields.includes(field)) fields.push(field);
    }
    const env = criteriaContext?.env ?? criteriaEnv(list, now, store.writer.userId());
    return {
      list,
      criteria: criteriaContext,
      columns: fields,
      format: { language: readSettings(store.db).language, timeZone: env.timeZone },
    };
  }

  async start(store: Store, input: ExportStartInput): Promise<ExportStarted> {
    const spec = this.spec(store, input);
    const plural = messageAt(CATALOGS[spec.format.language], getEntity(input.entity).pluralLabel) ?? input.entity;
    const fileName = csvFileName(input.fileName ?? '', plural);
    const id = uuidv7();
    let target: ExportTarget;
    let ticket: string | null = null;
    if (this.saveDialog) {
      const chosen = await this.saveDialog(fileName);
      if (chosen === null) return { state: 'cancelled' };
      const path = /\.csv$/i.test(chosen) ? chosen : `${chosen}.csv`;
      target = { path, fileName: path.split(/[\\/]/).pop() ?? fileName, delivery: 'file' };
    } else {
      mkdirSync(this.folder, { recursive: true });
      target = { path: join(this.folder, `${id}.csv`), fileName, delivery: 'download' };
      ticket = randomBytes(24).toString('base64url');
    }
    const job = new ExportJob(id, target, (progress) => this.report(progress), this.now);
    const entry: Entry = { job, ticketHash: ticket === null ? null : hash(ticket) };
    this.entries.set(id, entry);
    void job.run(store.db, spec).then(() => this.settle(entry));
    return { state: 'started', jobId: id, fileName: target.fileName, delivery: target.delivery, ticket };
  }

  private report(progress: ExportProgress): void {
    this.events.emit('export-progress', progress);
  }

  /** A finished file waits a while to be fetched; anything else is forgotten at once. */
  private settle(entry: Entry): void {
    const { job } = entry;
    if (job.state !== 'done' || job.target.delivery !== 'download') {
      this.entries.delete(job.id);
      return;
    }
    entry.timer = setTimeout(() => this.discard(job.id), UNCLAIMED_MS);
    entry.timer.unref();
  }

  private discard(jobId: string): void {
    const entry = this.entries.get(jobId);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(jobId);
    if (entry.job.target.delivery === 'download') rmSync(entry.job.target.path, { force: true });
  }

  cancel(jobId: string): void {
    const entry = this.entries.get(jobId);
    if (!entry) throw notFound();
    if (entry.job.finished) this.discard(jobId);
    else entry.job.cancel();
  }

  take(jobId: string, ticket: string): DownloadFile | null {
    const entry = this.entries.get(jobId);
    if (!entry?.ticketHash || entry.job.state !== 'done') return null;
    if (!timingSafeEqual(entry.ticketHash, hash(ticket))) return null;
    // One download per ticket: the file is no longer anyone else's to take.
    clearTimeout(entry.timer);
    this.entries.delete(jobId);
    const { path, fileName } = entry.job.target;
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return null;
    }
    return { path, fileName, size, release: () => rmSync(path, { force: true }) };
  }

  close(): void {
    for (const entry of this.entries.values()) {
      entry.job.cancel();
      clearTimeout(entry.timer);
      if (entry.job.finished && entry.job.target.delivery === 'download') {
        rmSync(entry.job.target.path, { force: true });
      }
    }
    this.entries.clear();
  }
}
