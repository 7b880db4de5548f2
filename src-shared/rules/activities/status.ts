import { SCHEDULED_TYPES, STATUS_REASONS, type ActivityStatus, type ActivityType } from '../../entities/activity';

/**
 * The life of an activity: open -> completed or canceled, and back to open
 * (Reopen). A closed activity is read-only; only Reopen changes it. A
 * recurring series is never "completed" (its occurrences are); it can be
 * canceled.
 */

const TRANSITIONS: Readonly<Record<ActivityStatus, readonly ActivityStatus[]>> = {
  open: ['completed', 'canceled'],
  completed: ['open'],
  canceled: ['open'],
};

/** Fields a closed activity still lets change: its status (Reopen) and status reason. */
export const STATUS_FIELDS: ReadonlySet<string> = new Set(['status', 'status_reason']);

export function isClosed(status: unknown): boolean {
  return status === 'completed' || status === 'canceled';
}

export function canTransition(from: ActivityStatus, to: ActivityStatus, type: ActivityType): boolean {
  if (from === to) return true;
  if (type === 'recurring_appointment' && to === 'completed') return false;
  return TRANSITIONS[from].includes(to);
}

/** What a status change is called, for commands: Complete, Cancel, Reopen. */
export type StatusCommand = 'complete' | 'cancel' | 'reopen';

export function commandsFor(status: ActivityStatus, type: ActivityType): StatusCommand[] {
  const target: Record<StatusCommand, ActivityStatus> = { complete: 'completed', cancel: 'canceled', reopen: 'open' };
  return (['complete', 'cancel', 'reopen'] as const).filter(
    (c) => target[c] !== status && canTransition(status, target[c], type),
  );
}

export const COMMAND_STATUS: Readonly<Record<StatusCommand, ActivityStatus>> = {
  complete: 'completed',
  cancel: 'canceled',
  reopen: 'open',
};

/** The status reason a status starts with, by type and direction (a made call, a received letter…). */
export function defaultStatusReason(status: ActivityStatus, type: ActivityType, direction: unknown): string {
  if (status === 'canceled') return 'canceled';
  if (status === 'open') return (SCHEDULED_TYPES as readonly string[]).includes(type) ? 'scheduled' : 'open';
  const incoming = direction === 'incoming';
  if (type === 'phone_call') return incoming ? 'received' : 'made';
  if (type === 'email' || type === 'letter' || type === 'fax') return incoming ? 'received' : 'sent';
  return 'completed';
}

export function fitsStatus(status: ActivityStatus, reason: unknown): boolean {
  return typeof reason === 'string' && STATUS_REASONS[status].includes(reason);
}
