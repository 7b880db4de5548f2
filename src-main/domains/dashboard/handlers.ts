import type { HandlerRegistry } from '../../backend/registry';
import { dashboardSummary } from './summary';

export function registerDashboardHandlers(registry: HandlerRegistry): void {
  registry.register('dashboard.summary', (input, ctx) => {
    const store = ctx.session.store();
    return dashboardSummary(store.db, input, ctx.now(), store.writer.userId());
  });
}
