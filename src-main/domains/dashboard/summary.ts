import type { DashboardSummary, DashboardSummaryInput } from '../../../src-shared/api';
import { DASHBOARD_DATE_DAYS, DASHBOARD_DATE_LIMIT } from '../../../src-shared/api';
import { instantRange, relativeDateRange } from '../../../src-shared/query';
import type { SqlDb } from '../../db';
import { timeReport } from '../activities/time-spent';
import { findUpcomingDates } from '../customization/upcoming-dates';
import { criteriaEnv } from '../records/criteria-env';
import { myActivities } from './my-activities';

/**
 * My Work's dashboard in one call: the user's open activities (counts and
 * the most urgent), the coming important dates of their contacts, and the
 * time their completed activities took this week. Every figure is a query
 * of the open file, taken in the user's time zone and week.
 */
export function dashboardSummary(
  db: SqlDb,
  input: DashboardSummaryInput,
  now: number,
  userId: string,
): DashboardSummary {
  const env = criteriaEnv(input, now, userId);
  const week = relativeDateRange('this_week', 0, env);
  const { start, end } = instantRange(week, env.timeZone);
  const spent = timeReport(db, 'type', new Date(start!).toISOString(), new Date(end!).toISOString(), userId);
  const dates = findUpcomingDates(db, now, DASHBOARD_DATE_DAYS, env.timeZone, {
    limit: DASHBOARD_DATE_LIMIT,
    ownerId: userId,
  });
  return {
    activities: myActivities(db, env),
    dates,
    week: {
      from: week.from!,
      to: week.to!,
      totalMinutes: spent.totalMinutes,
      count: spent.count,
      byType: spent.rows.map((r) => ({ type: r.key ?? '', minutes: r.minutes, count: r.count })),
    },
  };
}
