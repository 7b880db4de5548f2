import { useEffect, useMemo, useState } from 'react';
import { calendarOf, weekInfoOf, type MonthCalendar, type WeekInfo } from '../../src-shared/rules/calendar';
import { dayOf } from '../../src-shared/rules/calendar';
import { useLocale } from '../i18n/useLocale';
import { browserTimeZone } from '../records/fields/local-time';

export interface CalendarSettings {
  readonly locale: string;
  readonly week: WeekInfo;
  readonly calendar: MonthCalendar;
  /** The user's time zone: the browser's, as every other time the app shows. */
  readonly timeZone: string;
  /** Today's local day number. */
  readonly today: number;
}

/** How the user's language and place shape the calendar: first day of the week, weekend, months, time zone. */
export function useCalendarSettings(): CalendarSettings {
  const locale = useLocale();
  const [today, setToday] = useState(() => dayOf(Date.now(), browserTimeZone()));
  // Past midnight, "today" moves on by itself.
  useEffect(() => {
    const timer = setInterval(() => setToday(dayOf(Date.now(), browserTimeZone())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return useMemo(
    () => ({
      locale,
      week: weekInfoOf(locale),
      calendar: calendarOf(locale),
      timeZone: browserTimeZone(),
      today,
    }),
    [locale, today],
  );
}
