import type { EntityDef } from './types';

/**
 * Notes and their attachments. Both are synced records written through the
 * write path, but not business record types of their own: no list, form,
 * search page or site-map entry (see INTERNAL_RECORD_TYPES). They are read
 * and written from a record's timeline.
 */

/** Record types a note can be about. Later record types add themselves here. */
export const NOTE_TARGETS = ['account', 'contact', 'activity'] as const;

/** Largest file one attachment may hold. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Most attachments one call may add to a note. */
export const MAX_ATTACHMENTS_PER_CALL = 10;

export const note: EntityDef = {
  name: 'note',
  route: 'notes',
  label: 'entity.note.one',
  pluralLabel: 'entity.note.many',
  icon: 'note',
  siteMap: [],
  displayName: ['title'],
  sections: ['summary'],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: 'field.note.title',
      maxLength: 200,
      searchable: true,
      section: 'summary',
    },
    { name: 'text', type: 'multiline', label: 'field.note.text', maxLength: 20_000, section: 'summary' },
    {
      name: 'regarding',
      type: 'regarding',
      label: 'field.note.regarding',
      targets: NOTE_TARGETS,
      required: true,
      section: 'summary',
    },
    { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section: 'summary' },
  ],
  listColumns: ['regarding'],
  detailFields: ['regarding'],
  relatedLists: [],
};

/**
 * A file attached to a note. The record carries the description (name,
 * type, size) and the SHA-256 of the content; the bytes live once per
 * content in the local `blob` table of the same data file, so backups carry
 * them and identical files are stored once.
 */
export const attachment: EntityDef = {
  name: 'attachment',
  route: 'attachments',
  label: 'entity.attachment.one',
  pluralLabel: 'entity.attachment.many',
  icon: 'paperclip',
  siteMap: [],
  displayName: ['file_name'],
  sections: ['summary'],
  fields: [
    {
      name: 'note_id',
      type: 'lookup',
      label: 'field.attachment.note_id',
      target: 'note',
      required: true,
      section: 'summary',
    },
    {
      name: 'file_name',
      type: 'text',
      label: 'field.attachment.file_name',
      maxLength: 255,
      required: true,
      searchable: true,
      section: 'summary',
    },
    { name: 'mime_type', type: 'text', label: 'field.attachment.mime_type', maxLength: 255, section: 'summary' },
    { name: 'size', type: 'integer', label: 'field.attachment.size', min: 0, required: true, section: 'summary' },
    {
      name: 'sha256',
      type: 'text',
      label: 'field.attachment.sha256',
      maxLength: 64,
      required: true,
      section: 'summary',
    },
  ],
  listColumns: ['file_name', 'size'],
  detailFields: ['mime_type'],
  relatedLists: [],
};
