import type { ComponentType } from 'react';
import type { SiteMapPage, WorkArea } from '../../src-shared/entities';
import { TimeSpentPage } from '../activities/TimeSpentPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { SALES_REPORT_PAGE_COMPONENTS } from '../sales-reports/pages';
import { NotFoundPage } from './NotFoundPage';

/** The component of each site-map page, by the page's name in its metadata. */
const PAGES: Readonly<Record<string, ComponentType<{ area: WorkArea }>>> = {
  dashboard: DashboardPage,
  calendar: CalendarPage,
  'time-spent': TimeSpentPage,
  ...SALES_REPORT_PAGE_COMPONENTS,
};

export function SitePage({ area, page }: { area: WorkArea; page: SiteMapPage }) {
  const Page = PAGES[page.name];
  return Page ? <Page area={area} /> : <NotFoundPage path={`/${area}/${page.route}`} />;
}
