import type { RecordData, RecordValues } from '../../src-shared/api';
import { formatRef } from '../../src-shared/rules/records';

/** Minutes a logged call starts with; the user changes it when it was longer. */
export const DEFAULT_CALL_MINUTES = 5;

/** The phone number to show for a record: an account's phone, a contact's business or else mobile phone. */
export function phoneOf(record: RecordData): string {
  for (const field of ['phone', 'business_phone', 'mobile_phone']) {
    const value = record.values[field];
    if (typeof value === 'string' && value) return value;
  }
  return '';
}

export interface CallDraft {
  readonly subject: string;
  readonly direction: 'outgoing' | 'incoming';
  readonly phone: string;
  /** As typed: minutes or h:mm. */
  readonly duration: string;
  readonly notes: string;
}

/**
 * A completed phone call about a record: regarding it, with the record on
 * the other end of the line and the current user on this one.
 */
export function loggedCallValues(record: RecordData, userId: string | null, draft: CallDraft): RecordValues {
  const them = [formatRef(record.entity, record.id)];
  const us = userId ? [formatRef('user', userId)] : [];
  const outgoing = draft.direction === 'outgoing';
  return {
    activity_type: 'phone_call',
    subject: draft.subject,
    regarding: formatRef(record.entity, record.id),
    direction: draft.direction,
    phone_number: draft.phone,
    from: outgoing ? us : them,
    to: outgoing ? them : us,
    status: 'completed',
    actual_duration: draft.duration,
    description: draft.notes,
  };
}
