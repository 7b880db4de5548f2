import type { HandlerRegistry } from '../../backend/registry';
import { competitorDeals } from './competitor-deals';
import { forecast } from './forecast';
import { leadSources } from './lead-sources';
import { funnel, pipeline } from './pipeline';
import { productTrend } from './product-trend';
import { targets } from './targets';

/** The sales reports: read-only queries of the open file. */
export function registerSalesReportHandlers(registry: HandlerRegistry): void {
  registry.register('salesReports.pipeline', (input, ctx) => pipeline(ctx.session.store().db, input));
  registry.register('salesReports.funnel', (input, ctx) => funnel(ctx.session.store().db, input));
  registry.register('salesReports.forecast', (input, ctx) => forecast(ctx.session.store().db, input));
  registry.register('salesReports.leadSources', (input, ctx) => leadSources(ctx.session.store().db, input));
  registry.register('salesReports.targets', (input, ctx) => targets(ctx.session.store().db, input));
  registry.register('salesReports.productTrend', (input, ctx) => productTrend(ctx.session.store().db, input));
  registry.register('salesReports.competitorDeals', (input, ctx) => competitorDeals(ctx.session.store().db, input.id));
}
