import type { HandlerRegistry } from '../../backend/registry';

export function registerExportHandlers(registry: HandlerRegistry): void {
  registry.register('export.start', (input, ctx) => ctx.exports.start(ctx.session.store(), input));
  registry.register('export.cancel', (input, ctx) => {
    ctx.exports.cancel(input.jobId);
    return { jobId: input.jobId };
  });
}
