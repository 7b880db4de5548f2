import type { HandlerRegistry } from '../../backend/registry';
import { globalSearch } from './global-search';

export function registerSearchHandlers(registry: HandlerRegistry): void {
  registry.register('search.global', (input, ctx) =>
    globalSearch(ctx.session.store().db, input.text, input.limitPerType),
  );
}
