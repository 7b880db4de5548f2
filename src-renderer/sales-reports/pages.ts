import { lazy, type ComponentType } from 'react';
import type { WorkArea } from '../../src-shared/entities';

/**
 * The sales report pages by site-map page name, each its own chunk, loaded
 * when first opened (the board and charts are not needed for the first paint).
 */
export const SALES_REPORT_PAGE_COMPONENTS: Readonly<Record<string, ComponentType<{ area: WorkArea }>>> = {
  pipeline: lazy(() => import('./PipelinePage').then((m) => ({ default: m.PipelinePage }))),
  'sales-funnel': lazy(() => import('./FunnelPage').then((m) => ({ default: m.FunnelPage }))),
  'sales-forecast': lazy(() => import('./ForecastPage').then((m) => ({ default: m.ForecastPage }))),
  'target-attainment': lazy(() => import('./TargetsPage').then((m) => ({ default: m.TargetsPage }))),
  'lead-sources': lazy(() => import('./LeadSourcesPage').then((m) => ({ default: m.LeadSourcesPage }))),
  'product-trend': lazy(() => import('./ProductTrendPage').then((m) => ({ default: m.ProductTrendPage }))),
};
