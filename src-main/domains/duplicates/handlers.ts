import type { HandlerRegistry } from '../../backend/registry';
import { findDuplicates } from './find-duplicates';
import { mergeRecords } from './merge-records';

export function registerDuplicateHandlers(registry: HandlerRegistry): void {
  registry.register('records.duplicates', (input, ctx) =>
    findDuplicates(ctx.session.store().db, input.entity, input.values, input.excludeId),
  );

  registry.register('records.merge', (input, ctx) => mergeRecords(ctx.session.store().writer, input));
}
