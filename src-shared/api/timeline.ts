import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CALL, NOTE_TARGETS } from '../entities/note';
import type { LookupRef } from './records';
import { entityName, recordId } from './records';

/** Input schemas and result types of the timeline, note and attachment methods. */

/** Characters of base64 that `bytes` bytes take. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * A file sent with a call, its content base64-encoded. The schema lets a
 * little more than the limit through so that the handler, which decodes and
 * measures the file, answers "this file is over the limit" in the user's
 * language rather than a bare "too long".
 */
export const attachmentUpload = z.object({
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().max(255).optional(),
  data: z
    .string()
    .max(base64Length(MAX_ATTACHMENT_BYTES + 1024 * 1024))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type AttachmentUpload = z.infer<typeof attachmentUpload>;

export const noteTarget = z.object({ entity: z.enum(NOTE_TARGETS), id: recordId });

export const noteCreateInput = z.object({
  regarding: noteTarget,
  title: z.string().max(200).optional(),
  text: z.string().max(20_000).optional(),
  attachments: z.array(attachmentUpload).max(MAX_ATTACHMENTS_PER_CALL).optional(),
});

export const noteUpdateInput = z.object({
  id: recordId,
  title: z.string().max(200).optional(),
  text: z.string().max(20_000).optional(),
});

export const idInput = z.object({ id: recordId });

export const attachmentsAddInput = z.object({
  noteId: recordId,
  attachments: z.array(attachmentUpload).min(1).max(MAX_ATTACHMENTS_PER_CALL),
});

export interface AttachmentInfo {
  readonly id: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly size: number;
  readonly sha256: string;
}

export interface NoteData {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** `"<entity>:<id>"` of the record it is about. */
  readonly regarding: string;
  readonly createdAt: string;
  readonly createdBy: LookupRef;
  readonly modifiedAt: string;
  readonly attachments: readonly AttachmentInfo[];
}

export interface AttachmentContent extends AttachmentInfo {
  /** The file, base64-encoded. */
  readonly data: string;
}

export const TIMELINE_KINDS = ['activity', 'note', 'system'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineListInput = z.object({
  entity: entityName,
  id: recordId,
  /** Kinds to show (default: all). */
  types: z.array(z.enum(TIMELINE_KINDS)).min(1).max(3).optional(),
  /**
   * With activities shown: only these activity types (default: all). Any
   * type name is accepted, administrators' own types included; an unknown
   * one simply matches nothing.
   */
  activityTypes: z
    .array(
      z
        .string()
        .max(64)
        .regex(/^[a-z][a-z0-9_]*$/),
    )
    .min(1)
    .max(50)
    .optional(),
  /** Opaque cursor from the previous page. */
  after: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});
export type TimelineListInput = z.input<typeof timelineListInput>;

export interface TimelineActivity {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly status: string | null;
  readonly statusReason: string | null;
  readonly direction: string | null;
  readonly when: string | null;
  readonly actualDuration: number | null;
  readonly preview: string;
  /** True when the record is one of its parties rather than what it is regarding. */
  readonly asParty: boolean;
}

export const SYSTEM_EVENTS = ['created', 'status', 'owner', 'restored', 'merged'] as const;
export type SystemEventKind = (typeof SYSTEM_EVENTS)[number];

export interface TimelineSystemEvent {
  readonly event: SystemEventKind;
  /** The record the event happened to: this record, or (status changes) one of its activities. */
  readonly entity: string;
  readonly recordId: string;
  readonly recordName: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export interface TimelineEntry {
  /** Unique in the timeline; also its position (entries are ordered by `at`, then `key`, both descending). */
  readonly key: string;
  readonly kind: TimelineKind;
  readonly at: string;
  readonly user: LookupRef | null;
  readonly activity?: TimelineActivity;
  readonly note?: NoteData;
  readonly system?: TimelineSystemEvent;
}

export interface TimelinePage {
  readonly entries: readonly TimelineEntry[];
  /** Cursor of the next page; null on the last one. */
  readonly next: string | null;
}
