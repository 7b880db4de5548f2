import type { SiteMapPage } from './types';

/** "Time spent": actual durations of completed activities by customer, user or activity type. */
export const timeSpentPage: SiteMapPage = {
  name: 'time-spent',
  route: 'time-spent',
  label: 'page.time_spent.title',
  icon: 'clock',
  siteMap: [
    { area: 'sales', group: 'my-work', order: 50 },
    { area: 'service', group: 'my-work', order: 50 },
    { area: 'marketing', group: 'my-work', order: 50 },
  ],
};
