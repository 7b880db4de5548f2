import { addMonths, monthGrid, type MonthCalendar } from './month';
import { startOfWeek, weekDays, type IsoWeekday } from './week';

/**
 * The calendar's views and what each shows: one day, one week, the weeks of
 * a month, or one day for several people side by side (team).
 */

export const CALENDAR_VIEWS = ['day', 'week', 'month', 'team'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface ViewSettings {
  readonly firstDay: IsoWeekday;
  readonly calendar: MonthCalendar;
}

/** The day numbers a view shows around the `anchor` day, in order. */
export function visibleDays(view: CalendarView, anchor: number, settings: ViewSettings): number[] {
  switch (view) {
    case 'day':
    case 'team':
      return [anchor];
    case 'week':
      return weekDays(anchor, settings.firstDay);
    case 'month':
      return monthGrid(anchor, settings.firstDay, settings.calendar).weeks.flat();
  }
}

/** The anchor one step (`direction` = 1) or one step back (-1) from `anchor`: a day, a week or a month. */
export function stepAnchor(view: CalendarView, anchor: number, direction: 1 | -1, settings: ViewSettings): number {
  switch (view) {
    case 'day':
    case 'team':
      return anchor + direction;
    case 'week':
      return startOfWeek(anchor, settings.firstDay) + 7 * direction;
    case 'month':
      return addMonths(anchor, direction, settings.calendar);
  }
}
