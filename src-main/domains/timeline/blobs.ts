import { createHash } from 'node:crypto';
import type { SqlDb } from '../../db';

/**
 * Content-addressed file storage in the data file: each distinct content is
 * stored once under its SHA-256, however many attachments name it. Rows are
 * kept when an attachment is deleted, so restoring it (or a later sync
 * naming the same hash) finds the bytes.
 */

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Stores `data` unless the same content is already there; returns its hash. */
export function putBlob(db: SqlDb, data: Buffer): string {
  const sha256 = sha256Of(data);
  db.stmt('INSERT OR IGNORE INTO blob (sha256, size, data) VALUES (?, ?, ?)').run(sha256, data.length, data);
  return sha256;
}

export function getBlob(db: SqlDb, sha256: string): Buffer | undefined {
  const row = db.stmt('SELECT data FROM blob WHERE sha256 = ?').get(sha256) as { data: Buffer } | undefined;
  return row?.data;
}
