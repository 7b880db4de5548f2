import {
  AppError,
  type AttachmentContent,
  type AttachmentInfo,
  type AttachmentUpload,
  type NoteData,
} from '../../../src-shared/api';
import { MAX_ATTACHMENT_BYTES } from '../../../src-shared/entities';
import { formatRef } from '../../../src-shared/rules/records';
import type { SqlDb } from '../../db';
import { notFound } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { getBlob, putBlob } from './blobs';

/**
 * Notes about a record and the files attached to them. Every record is
 * written through the write path; the file contents go to the blob store in
 * the same transaction, so a refused file leaves nothing behind.
 */

const MEGABYTE = 1024 * 1024;
const DEFAULT_MIME = 'application/octet-stream';

interface DecodedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly data: Buffer;
}

/** Decodes every file first and refuses the whole call if any is over the limit. */
export function decodeUploads(uploads: readonly AttachmentUpload[]): DecodedFile[] {
  return uploads.map((u) => {
    const data = Buffer.from(u.data, 'base64');
    if (data.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError(
        'VALIDATION',
        'error.attachment_too_large',
        `"${u.fileName}" is larger than ${MAX_ATTACHMENT_BYTES / MEGABYTE} MB.`,
        { params: { name: u.fileName, limit: MAX_ATTACHMENT_BYTES / MEGABYTE } },
      );
    }
    return { fileName: u.fileName.trim(), mimeType: u.mimeType?.trim() || DEFAULT_MIME, data };
  });
}

function liveExists(db: SqlDb, entity: string, id: string): boolean {
  const table = recordTable(entity);
  return db.stmt(`SELECT 1 FROM ${table.table} WHERE id = ? AND deleted_at IS NULL`).get(id) !== undefined;
}

function attachFiles(writer: WriteContext, noteId: string, files: readonly DecodedFile[]): void {
  for (const file of files) {
    const sha256 = putBlob(writer.db, file.data);
    mutateRecord(writer, {
      op: 'create',
      entity: 'attachment',
      values: { note_id: noteId, file_name: file.fileName, mime_type: file.mimeType, size: file.data.length, sha256 },
    });
  }
}

export interface NewNote {
  readonly regarding: { readonly entity: string; readonly id: string };
  readonly title?: string | undefined;
  readonly text?: string | undefined;
  readonly attachments?: readonly AttachmentUpload[] | undefined;
}

export function createNote(writer: WriteContext, input: NewNote): NoteData {
  const files = decodeUploads(input.attachments ?? []);
  const title = input.title?.trim() ?? '';
  const text = input.text?.trim() ?? '';
  if (title === '' && text === '' && files.length === 0) {
    throw new AppError('VALIDATION', 'error.note_empty', 'Write something or attach a file.');
  }
  const { entity, id } = input.regarding;
  const noteId = writer.db.transaction(() => {
    if (!liveExists(writer.db, entity, id)) throw notFound(entity, id);
    const created = mutateRecord(writer, {
      op: 'create',
      entity: 'note',
      values: {
        title: title || null,
        text: text || null,
        regarding: formatRef(entity, id),
        owner_id: writer.userId(),
      },
    });
    attachFiles(writer, created.id, files);
    return created.id;
  });
  return noteData(writer.db, noteId);
}

export function updateNote(writer: WriteContext, id: string, patch: { title?: string; text?: string }): NoteData {
  const values: Record<string, string | null> = {};
  if (patch.title !== undefined) values['title'] = patch.title.trim() || null;
  if (patch.text !== undefined) values['text'] = patch.text.trim() || null;
  writer.db.transaction(() => {
    if (!liveExists(writer.db, 'note', id)) throw notFound('note', id);
    mutateRecord(writer, { op: 'update', entity: 'note', id, values });
    const note = noteData(writer.db, id);
    if (note.title === '' && note.text === '' && note.attachments.length === 0)
      throw new AppError('VALIDATION', 'error.note_empty', 'Write something or attach a file.');
  });
  return noteData(writer.db, id);
}

/** Deletes the note and its attachments (tombstones: a restore brings them back with their files). */
export function deleteNote(writer: WriteContext, id: string): void {
  writer.db.transaction(() => {
    if (!liveExists(writer.db, 'note', id)) throw notFound('note', id);
    for (const a of attachmentsOf(writer.db, [id]).get(id) ?? [])
      mutateRecord(writer, { op: 'delete', entity: 'attachment', id: a.id });
    mutateRecord(writer, { op: 'delete', entity: 'note', id });
  });
}

export function addAttachments(writer: WriteContext, noteId: string, uploads: readonly AttachmentUpload[]): NoteData {
  const files = decodeUploads(uploads);
  writer.db.transaction(() => {
    if (!liveExists(writer.db, 'note', noteId)) throw notFound('note', noteId);
    attachFiles(writer, noteId, files);
  });
  return noteData(writer.db, noteId);
}

export function deleteAttachment(writer: WriteContext, id: string): NoteData {
  const row = writer.db.stmt('SELECT note_id FROM attachment WHERE id = ? AND deleted_at IS NULL').get(id) as
    { note_id: string } | undefined;
  if (!row) throw notFound('attachment', id);
  writer.db.transaction(() => {
    mutateRecord(writer, { op: 'delete', entity: 'attachment', id });
    const note = noteData(writer.db, row.note_id);
    if (note.title === '' && note.text === '' && note.attachments.length === 0)
      throw new AppError('VALIDATION', 'error.note_empty', 'Write something or attach a file.');
  });
  return noteData(writer.db, row.note_id);
}

export function attachmentContent(db: SqlDb, id: string): AttachmentContent {
  const row = db
    .stmt('SELECT id, file_name, mime_type, size, sha256 FROM attachment WHERE id = ? AND deleted_at IS NULL')
    .get(id) as AttachmentRow | undefined;
  if (!row) throw notFound('attachment', id);
  const data = getBlob(db, row.sha256);
  if (!data) throw notFound('attachment', id);
  return { ...toInfo(row), data: data.toString('base64') };
}

interface AttachmentRow {
  readonly id: string;
  readonly note_id?: string;
  readonly file_name: string;
  readonly mime_type: string | null;
  readonly size: number;
  readonly sha256: string;
}

function toInfo(row: AttachmentRow): AttachmentInfo {
  return {
    id: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type ?? DEFAULT_MIME,
    size: row.size,
    sha256: row.sha256,
  };
}

/** The live attachments of some notes, by note id, in name order. */
export function attachmentsOf(db: SqlDb, noteIds: readonly string[]): Map<string, AttachmentInfo[]> {
  const byNote = new Map<string, AttachmentInfo[]>();
  if (noteIds.length === 0) return byNote;
  const rows = db
    .stmt(
      'SELECT id, note_id, file_name, mime_type, size, sha256 FROM attachment ' +
        `WHERE note_id IN (${noteIds.map(() => '?').join(', ')}) AND deleted_at IS NULL ORDER BY display_name, id`,
    )
    .all(...noteIds) as AttachmentRow[];
  for (const row of rows) {
    const list = byNote.get(row.note_id ?? '') ?? [];
    list.push(toInfo(row));
    byNote.set(row.note_id ?? '', list);
  }
  return byNote;
}

export interface NoteRow {
  readonly id: string;
  readonly title: string | null;
  readonly text: string | null;
  readonly regarding: string | null;
  readonly created_at: string;
  readonly created_by: string;
  readonly created_by_name: string | null;
  readonly modified_at: string;
}

export const NOTE_COLUMNS =
  'n.id, n.title, n.text, n.regarding, n.created_at, n.created_by, u.name AS created_by_name, n.modified_at';

export function toNoteData(row: NoteRow, attachments: readonly AttachmentInfo[]): NoteData {
  return {
    id: row.id,
    title: row.title ?? '',
    text: row.text ?? '',
    regarding: row.regarding ?? '',
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: row.created_by_name ?? row.created_by },
    modifiedAt: row.modified_at,
    attachments,
  };
}

export function noteData(db: SqlDb, id: string): NoteData {
  const row = db
    .stmt(
      `SELECT ${NOTE_COLUMNS} FROM note n LEFT JOIN users u ON u.id = n.created_by WHERE n.id = ? AND n.deleted_at IS NULL`,
    )
    .get(id) as NoteRow | undefined;
  if (!row) throw notFound('note', id);
  return toNoteData(row, attachmentsOf(db, [id]).get(id) ?? []);
}
