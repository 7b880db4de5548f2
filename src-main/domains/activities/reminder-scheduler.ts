import type { RemindersDue } from '../../../src-shared/api';
import type { SqlDb } from '../../db';
import type { WriteContext } from '../records/write-context';
import { dueReminders } from './reminders';
import { refillSeries } from './series-sync';

export const REMINDER_CHECK_MS = 30_000;
const SERIES_REFILL_MS = 3_600_000;

export interface ReminderSchedulerOptions {
  readonly db: SqlDb;
  readonly writer: WriteContext;
  readonly userId: () => string;
  readonly now: () => number;
  /** Announces the due reminders whenever the list differs from the one announced before. */
  readonly emit: (payload: RemindersDue) => void;
  readonly intervalMs?: number;
}

/**
 * The background clock of activities: every half minute (and whenever
 * activities or reminder state change) it works out the current user's due
 * reminders and announces them when they differ from last time; every hour
 * it tops up endless recurring series. It stops by itself once its data
 * file is closed (a restore opens a new file with a new scheduler).
 */
export class ReminderScheduler {
  private announced = '';
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastRefill = 0;

  constructor(private readonly options: ReminderSchedulerOptions) {}

  start(): void {
    this.refill();
    this.check();
    this.timer = setInterval(() => this.tick(), this.options.intervalMs ?? REMINDER_CHECK_MS);
    // Never the reason a process stays alive.
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  /** The due reminders now; announces them if they changed. */
  check(): RemindersDue {
    if (!this.options.db.raw.open) {
      this.stop();
      return { reminders: [] };
    }
    const reminders = dueReminders(this.options.db, this.options.userId(), this.options.now());
    const keys = reminders.map((r) => r.key).join(',');
    if (keys !== this.announced) {
      this.announced = keys;
      this.options.emit({ reminders });
    }
    return { reminders };
  }

  private tick(): void {
    try {
      if (this.options.now() - this.lastRefill >= SERIES_REFILL_MS) this.refill();
      this.check();
    } catch (error) {
      console.error('[backend] the reminder check failed:', error);
    }
  }

  private refill(): void {
    if (!this.options.db.raw.open) return;
    this.lastRefill = this.options.now();
    try {
      refillSeries(this.options.writer);
    } catch (error) {
      console.error('[backend] recurring series could not be topped up:', error);
    }
  }
}
