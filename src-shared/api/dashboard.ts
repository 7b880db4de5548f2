import { z } from 'zod';
import type { TimeByType } from './activities';
import type { UpcomingDate } from './customization';

/** Input and result of `dashboard.summary`: what My Work's dashboard shows. */

export const dashboardSummaryInput = z
  .object({
    /** IANA zone "today" and "this week" are taken in; defaults to the host's. */
    timeZone: z.string().max(64).optional(),
    /** First day of the week: 0 Sunday ... 6 Saturday; defaults to Monday. */
    weekStart: z.number().int().min(0).max(6).optional(),
  })
  .strict();
export type DashboardSummaryInput = z.input<typeof dashboardSummaryInput>;

/** How far ahead upcoming important dates are looked for. */
export const DASHBOARD_DATE_DAYS = 30;
/** How far ahead "coming up" counts open activities (after today). */
export const DASHBOARD_SOON_DAYS = 7;
/** Most urgent activities listed. */
export const DASHBOARD_URGENT_LIMIT = 6;
/** Upcoming dates listed. */
export const DASHBOARD_DATE_LIMIT = 8;

export interface DashboardActivity {
  readonly id: string;
  readonly subject: string;
  readonly type: string;
  readonly priority: string | null;
  /** When it falls due (canonical UTC): its due date, or the start of a planned one; null when it has neither. */
  readonly due: string | null;
  /** Whether `due` is a start (appointments...) rather than a due date. */
  readonly dueIsStart: boolean;
  /** Matches the "Overdue" view: due, or ended, before now. */
  readonly overdue: boolean;
  /** What it is about: `"<entity>:<id>"` and that record's name; null when about nothing. */
  readonly regarding: { readonly ref: string; readonly name: string } | null;
}

export interface DashboardSummary {
  readonly activities: {
    /** The current user's open activities, as in the "My open activities" view. */
    readonly open: number;
    /** As in the "Overdue" view. */
    readonly overdue: number;
    /** As in the "Due today" view. */
    readonly dueToday: number;
    /** Falling due after today and within `DASHBOARD_SOON_DAYS` days. */
    readonly soon: number;
    /** Overdue first, then by when they fall due; those without a date last. */
    readonly urgent: readonly DashboardActivity[];
  };
  readonly dates: {
    /** Birthdays, anniversaries and custom important dates of the user's contacts, soonest first. */
    readonly items: readonly UpcomingDate[];
    /** More fall within the period than are listed. */
    readonly more: boolean;
  };
  /** The user's completed activities this week (by their actual end). */
  readonly week: {
    /** First and last day of the week, `YYYY-MM-DD`. */
    readonly from: string;
    readonly to: string;
    readonly totalMinutes: number;
    readonly count: number;
    /** Most time first. */
    readonly byType: readonly TimeByType[];
  };
}
