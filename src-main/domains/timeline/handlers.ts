import type { HandlerRegistry } from '../../backend/registry';
import { addAttachments, attachmentContent, createNote, deleteAttachment, deleteNote, updateNote } from './notes';
import { listTimeline } from './timeline-list';

export function registerTimelineHandlers(registry: HandlerRegistry): void {
  registry.register('timeline.list', (input, ctx) => listTimeline(ctx.session.store().db, input));

  registry.register('notes.create', (input, ctx) => createNote(ctx.session.store().writer, input));

  registry.register('notes.update', (input, ctx) => {
    const patch: { title?: string; text?: string } = {};
    if (input.title !== undefined) patch.title = input.title;
    if (input.text !== undefined) patch.text = input.text;
    return updateNote(ctx.session.store().writer, input.id, patch);
  });

  registry.register('notes.delete', (input, ctx) => {
    deleteNote(ctx.session.store().writer, input.id);
    return { id: input.id };
  });

  registry.register('attachments.add', (input, ctx) =>
    addAttachments(ctx.session.store().writer, input.noteId, input.attachments),
  );

  registry.register('attachments.get', (input, ctx) => attachmentContent(ctx.session.store().db, input.id));

  registry.register('attachments.delete', (input, ctx) => deleteAttachment(ctx.session.store().writer, input.id));
}
