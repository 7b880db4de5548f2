import type { HandlerRegistry } from '../../backend/registry';
import { deleteView, listViews, renameView, saveView } from './saved-views';

export function registerViewHandlers(registry: HandlerRegistry): void {
  registry.register('views.list', (input, ctx) => listViews(ctx.session.store(), input.entity));
  registry.register('views.save', (input, ctx) => saveView(ctx.session.store(), input));
  registry.register('views.rename', (input, ctx) => renameView(ctx.session.store(), input.id, input.name));
  registry.register('views.delete', (input, ctx) => {
    deleteView(ctx.session.store(), input.id);
    return { id: input.id };
  });
}
