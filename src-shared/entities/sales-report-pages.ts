import type { SiteMapPage } from './types';

/**
 * The sales reports' pages: the pipeline board beside Opportunities, and
 * the analytics of the Sales work area (funnel, weighted forecast, target
 * attainment, lead sources, product trend). Lead-source effectiveness is
 * also offered in Marketing, where campaigns bring the leads.
 */

export const pipelinePage: SiteMapPage = {
  name: 'pipeline',
  route: 'pipeline',
  label: 'page.pipeline.title',
  icon: 'kanban',
  siteMap: [{ area: 'sales', group: 'sales', order: 2 }],
};

export const funnelPage: SiteMapPage = {
  name: 'sales-funnel',
  route: 'sales-funnel',
  label: 'page.sales_funnel.title',
  icon: 'funnel',
  siteMap: [{ area: 'sales', group: 'analytics', order: 1 }],
};

export const forecastPage: SiteMapPage = {
  name: 'sales-forecast',
  route: 'sales-forecast',
  label: 'page.sales_forecast.title',
  icon: 'chart-bar',
  siteMap: [{ area: 'sales', group: 'analytics', order: 2 }],
};

export const targetAttainmentPage: SiteMapPage = {
  name: 'target-attainment',
  route: 'target-attainment',
  label: 'page.target_attainment.title',
  icon: 'target-arrow',
  siteMap: [{ area: 'sales', group: 'analytics', order: 3 }],
};

export const leadSourcesPage: SiteMapPage = {
  name: 'lead-sources',
  route: 'lead-sources',
  label: 'page.lead_sources.title',
  icon: 'chart-pie',
  siteMap: [
    { area: 'sales', group: 'analytics', order: 4 },
    { area: 'marketing', group: 'marketing', order: 50 },
  ],
};

export const productTrendPage: SiteMapPage = {
  name: 'product-trend',
  route: 'product-trend',
  label: 'page.product_trend.title',
  icon: 'chart-line',
  siteMap: [{ area: 'sales', group: 'analytics', order: 5 }],
};

export const SALES_REPORT_PAGES: readonly SiteMapPage[] = [
  pipelinePage,
  funnelPage,
  forecastPage,
  targetAttainmentPage,
  leadSourcesPage,
  productTrendPage,
];
