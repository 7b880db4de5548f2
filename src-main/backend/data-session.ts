import { AppError } from '../../src-shared/api';
import {
  copyBackupIn,
  corruptProblem,
  isBackupName,
  listBackups,
  moveDataFileAside,
  openDataFile,
  type DbProblem,
  type OpenOptions,
} from '../db';
import type { EventBus } from './event-bus';
import { createStore, type Store } from './store';

type Phase =
  | { readonly kind: 'opening' }
  | { readonly kind: 'ready'; readonly store: Store }
  | { readonly kind: 'unreadable'; readonly problem: DbProblem; readonly schemaVersion: number | null }
  | { readonly kind: 'closed' };

/**
 * The data file's lifecycle: opening (inspect, back up, migrate), ready,
 * unreadable (damaged or from a newer version: never written), closed, and
 * replacing the file with a backup.
 */
export class DataSession {
  private phase: Phase = { kind: 'opening' };
  private pending: Promise<void>;

  constructor(
    readonly dataDir: string,
    private readonly now: () => number,
    private readonly events: EventBus,
    private readonly openOptions: OpenOptions = {},
  ) {
    this.pending = this.open();
  }

  /** Resolves once opening, and any restore begun meanwhile, has finished (it never rejects). */
  async settled(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.pending;
      await current;
    } while (current !== this.pending);
  }

  private async open(): Promise<void> {
    const outcome = await openDataFile(this.dataDir, this.now, this.openOptions);
    if (this.phase.kind === 'closed') {
      if (outcome.kind === 'ready') outcome.db.close();
      return;
    }
    if (outcome.kind === 'unreadable') {
      this.phase = { kind: 'unreadable', problem: outcome.problem, schemaVersion: outcome.schemaVersion };
      return;
    }
    try {
      this.phase = { kind: 'ready', store: createStore(outcome.db, this.now, this.events) };
    } catch (error) {
      outcome.db.close();
      const detail = error instanceof Error ? error.message : String(error);
      this.phase = {
        kind: 'unreadable',
        schemaVersion: null,
        problem: {
          reason: 'corrupt',
          messageKey: 'problem.corrupt',
          params: { detail },
          message: `The data file cannot be used (${detail}). You can restore the newest backup; the file is kept aside, never overwritten.`,
        },
      };
    }
  }

  get kind(): Phase['kind'] {
    return this.phase.kind;
  }

  get problem(): DbProblem | null {
    return this.phase.kind === 'unreadable' ? this.phase.problem : null;
  }

  get unreadableSchemaVersion(): number | null {
    return this.phase.kind === 'unreadable' ? this.phase.schemaVersion : null;
  }

  /** The open store; a DATABASE error while the file is unreadable or closed. */
  store(): Store {
    if (this.phase.kind === 'ready') return this.phase.store;
    if (this.phase.kind === 'unreadable') {
      throw new AppError('DATABASE', 'error.unreadable', 'The data file cannot be read; restore a backup first.');
    }
    throw new AppError('DATABASE', 'error.closed', 'The data file is not open.');
  }

  /**
   * Replaces the data file with a backup: the current file (and its -wal and
   * -shm) is renamed aside, never deleted or overwritten, then the backup is
   * copied in and opened.
   */
  async restore(file: string): Promise<void> {
    await this.pending;
    if (!isBackupName(file) || !listBackups(this.dataDir).some((b) => b.file === file)) {
      throw new AppError('NOT_FOUND', 'error.backup_not_found', `There is no backup named ${file}.`, {
        params: { file },
      });
    }
    if (this.phase.kind === 'closed') throw new AppError('DATABASE', 'error.closed', 'The data file is not open.');
    const label = this.phase.kind === 'unreadable' ? 'unreadable' : 'replaced';
    if (this.phase.kind === 'ready') this.phase.store.db.close();
    this.phase = { kind: 'opening' };
    moveDataFileAside(this.dataDir, label, this.now());
    copyBackupIn(this.dataDir, file);
    this.pending = this.open();
    await this.pending;
  }

  /**
   * Gives up on an unreadable file: it (and its -wal and -shm) is renamed
   * aside, never deleted, and a new empty data file is created in its place.
   * A file from a newer version is refused here: the way out for it is the
   * newer app, not a fresh start that would look like lost data.
   */
  async startOver(): Promise<void> {
    await this.pending;
    if (this.phase.kind !== 'unreadable') {
      throw new AppError(
        'CONFLICT',
        'error.start_over_healthy',
        'The data file is readable; there is nothing to replace.',
      );
    }
    if (this.phase.problem.reason === 'newer_version') {
      throw new AppError(
        'CONFLICT',
        'error.start_over_newer',
        'This data file belongs to a newer version of the app; install that version instead of starting over.',
      );
    }
    this.phase = { kind: 'opening' };
    moveDataFileAside(this.dataDir, 'unreadable', this.now());
    this.pending = this.open();
    await this.pending;
  }

  /**
   * Damage discovered while in use (SQLite reported corruption): close the
   * file at once and treat it like one found damaged at start-up.
   */
  markDamaged(detail: string): void {
    if (this.phase.kind !== 'ready') return;
    this.phase.store.db.close();
    this.phase = { kind: 'unreadable', problem: corruptProblem(detail), schemaVersion: null };
  }

  close(): void {
    if (this.phase.kind === 'ready') this.phase.store.db.close();
    this.phase = { kind: 'closed' };
  }
}
