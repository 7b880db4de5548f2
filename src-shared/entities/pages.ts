import type { SiteMapPage } from './types';

/**
 * "Dashboard": the user's open activities, their contacts' coming important
 * dates and this week's time. First in My Work, and where Sales opens.
 */
export const dashboardPage: SiteMapPage = {
  name: 'dashboard',
  route: 'dashboard',
  label: 'page.dashboard.title',
  icon: 'dashboard',
  siteMap: [
    { area: 'sales', group: 'my-work', order: 0 },
    { area: 'service', group: 'my-work', order: 0 },
    { area: 'marketing', group: 'my-work', order: 0 },
  ],
  homeOf: ['sales'],
};

/**
 * "Calendar": the user's appointments and dated activities by day, week or
 * month, and several people's days side by side. Right after Activities.
 */
export const calendarPage: SiteMapPage = {
  name: 'calendar',
  route: 'calendar',
  label: 'page.calendar.title',
  icon: 'calendar',
  siteMap: [
    { area: 'sales', group: 'my-work', order: 2 },
    { area: 'service', group: 'my-work', order: 2 },
    { area: 'marketing', group: 'my-work', order: 2 },
  ],
};

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
