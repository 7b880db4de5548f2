import type { FieldValue } from '../../../src-shared/api';
import type { ChangeOp, SqlDb } from '../../db';

/**
 * Appends to the sync outbox and the audit history. Written with cached
 * prepared statements because imports append millions of them.
 */

export const OUTBOX_INSERT_SQL =
  'INSERT INTO outbox (tx_id, entity, record_id, op, field, value, hlc, base_hlc, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

export const AUDIT_INSERT_SQL =
  'INSERT INTO audit (tx_id, entity, record_id, at, user_id, action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)';

export interface ChangeHeader {
  readonly txId: string;
  readonly entity: string;
  readonly recordId: string;
  readonly at: string;
  readonly userId: string;
}

export interface OutboxChange {
  readonly op: ChangeOp;
  readonly field: string | null;
  /** Already JSON (a value or, for whole-record entries, an object of values). */
  readonly valueJson: string | null;
  readonly hlc: string;
  readonly baseHlc: string | null;
}

export function json(value: FieldValue | undefined): string {
  return JSON.stringify(value ?? null);
}

export function appendOutbox(db: SqlDb, h: ChangeHeader, c: OutboxChange): void {
  db.stmt(OUTBOX_INSERT_SQL).run(h.txId, h.entity, h.recordId, c.op, c.field, c.valueJson, c.hlc, c.baseHlc, h.at);
}

export function appendAudit(
  db: SqlDb,
  h: ChangeHeader,
  action: ChangeOp,
  field: string | null,
  oldValue: FieldValue | undefined,
  newValue: FieldValue | undefined,
): void {
  db.stmt(AUDIT_INSERT_SQL).run(
    h.txId,
    h.entity,
    h.recordId,
    h.at,
    h.userId,
    action,
    field,
    field === null ? null : json(oldValue),
    field === null ? null : json(newValue),
  );
}
