import type { DueReminder } from '../../../src-shared/api';
import { SCHEDULED_TYPES } from '../../../src-shared/entities/activity';
import type { SqlDb } from '../../db';

/**
 * Due reminders of the current user: open, live activities they own whose
 * reminder time has come, less those snoozed until later or dismissed on
 * this device. Snooze and dismiss are this device's own (local) state about
 * one reminder time; moving the activity gives a new reminder time, which
 * fires again.
 */

/** More than this many due reminders are not listed (the oldest first are). */
const MAX_DUE = 50;

interface DueRow {
  id: string;
  subject: string | null;
  activity_type: string;
  reminder_at: string;
  scheduled_start: string | null;
  due_date: string | null;
  state_at: string | null;
  snoozed_until: string | null;
  dismissed_at: string | null;
}

/**
 * Read from the partial index of open activities with a reminder, named
 * outright: without statistics the planner would rather take the status or
 * owner index, which hold every open activity.
 */
export const DUE_SQL = `
  SELECT a.id, a.subject, a.activity_type, a.reminder_at, a.scheduled_start, a.due_date,
         s.reminder_at AS state_at, s.snoozed_until, s.dismissed_at
  FROM activity a INDEXED BY activity_reminders LEFT JOIN reminder_state s ON s.activity_id = a.id
  WHERE a.deleted_at IS NULL AND a.status = 'open' AND a.reminder_at IS NOT NULL
    AND a.reminder_at <= ? AND a.owner_id = ?
  ORDER BY a.reminder_at, a.id`;

export function dueReminders(db: SqlDb, userId: string, now: number): DueReminder[] {
  const nowIso = new Date(now).toISOString();
  const out: DueReminder[] = [];
  for (const row of db.stmt(DUE_SQL).all(nowIso, userId) as DueRow[]) {
    // State about an earlier reminder time of this activity no longer applies.
    const state = row.state_at === row.reminder_at ? row : null;
    if (state?.dismissed_at) continue;
    if (state?.snoozed_until && state.snoozed_until > nowIso) continue;
    const scheduled = (SCHEDULED_TYPES as readonly string[]).includes(row.activity_type);
    out.push({
      key: `${row.id}|${row.reminder_at}|${state?.snoozed_until ?? ''}`,
      activityId: row.id,
      subject: row.subject ?? '',
      activityType: row.activity_type,
      reminderAt: row.reminder_at,
      at: scheduled ? row.scheduled_start : row.due_date,
      atKind: scheduled ? 'start' : 'due',
    });
    if (out.length >= MAX_DUE) break;
  }
  return out;
}

function currentReminderAt(db: SqlDb, activityId: string): string | null {
  const row = db.stmt('SELECT reminder_at FROM activity WHERE id = ? AND deleted_at IS NULL').get(activityId) as
    { reminder_at: string | null } | undefined;
  return row?.reminder_at ?? null;
}

const UPSERT_SQL = `
  INSERT INTO reminder_state (activity_id, reminder_at, snoozed_until, dismissed_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (activity_id) DO UPDATE SET
    reminder_at = excluded.reminder_at, snoozed_until = excluded.snoozed_until, dismissed_at = excluded.dismissed_at`;

/** Local state, written directly (not a synced record). False when the activity has no reminder. */
export function snoozeReminder(db: SqlDb, activityId: string, minutes: number, now: number): boolean {
  return db.transaction(() => {
    const at = currentReminderAt(db, activityId);
    if (at === null) return false;
    db.stmt(UPSERT_SQL).run(activityId, at, new Date(now + minutes * 60_000).toISOString(), null);
    return true;
  });
}

export function dismissReminder(db: SqlDb, activityId: string, now: number): boolean {
  return db.transaction(() => {
    const at = currentReminderAt(db, activityId);
    if (at === null) return false;
    db.stmt(UPSERT_SQL).run(activityId, at, null, new Date(now).toISOString());
    return true;
  });
}
