import { isoWeekday } from '../recurrence/civil-date';

/**
 * Weeks as the user's locale has them: which day they start on (Sunday in
 * the US, Monday in Russia, Saturday in Iran) and which days are the
 * weekend. Days are day numbers (days since 1970-01-01, see civil-date);
 * weekdays are ISO numbers, 1 = Monday … 7 = Sunday.
 */

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WeekInfo {
  readonly firstDay: IsoWeekday;
  readonly weekend: readonly IsoWeekday[];
}

/** Regions whose week does not start on Monday, for engines without `Intl.Locale` week data. */
const FIRST_DAY_BY_REGION: Readonly<Record<string, IsoWeekday>> = {
  US: 7,
  CA: 7,
  MX: 7,
  BR: 7,
  JP: 7,
  IL: 7,
  IN: 7,
  PH: 7,
  SA: 7,
  KR: 7,
  TW: 7,
  IR: 6,
  AF: 6,
  EG: 6,
  DZ: 6,
  IQ: 6,
  SY: 6,
};
const WEEKEND_BY_REGION: Readonly<Record<string, readonly IsoWeekday[]>> = {
  IR: [5],
  AF: [4, 5],
  SA: [5, 6],
  EG: [5, 6],
  IL: [5, 6],
  IQ: [5, 6],
  DZ: [5, 6],
  SY: [5, 6],
};

interface LocaleWithWeek {
  readonly region?: string;
  getWeekInfo?: () => { firstDay: number; weekend: number[] };
  readonly weekInfo?: { firstDay: number; weekend: number[] };
}

function isWeekday(n: unknown): n is IsoWeekday {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 7;
}

/** The week of a BCP 47 locale (`en-US`, `ru-RU`, `fa-IR`), from Intl where the engine knows it. */
export function weekInfoOf(locale: string): WeekInfo {
  let region: string | undefined;
  try {
    const intl = new Intl.Locale(locale) as unknown as LocaleWithWeek;
    region = intl.region;
    // `getWeekInfo()` in current engines, the `weekInfo` getter in older ones.
    const info = typeof intl.getWeekInfo === 'function' ? intl.getWeekInfo() : intl.weekInfo;
    if (info && isWeekday(info.firstDay) && Array.isArray(info.weekend) && info.weekend.every(isWeekday)) {
      return { firstDay: info.firstDay, weekend: info.weekend };
    }
  } catch {
    // Not a valid tag: the default week.
  }
  return {
    firstDay: (region && FIRST_DAY_BY_REGION[region]) || 1,
    weekend: (region && WEEKEND_BY_REGION[region]) || [6, 7],
  };
}

/** The first day of the week that holds `day`. */
export function startOfWeek(day: number, firstDay: IsoWeekday): number {
  return day - ((isoWeekday(day) - firstDay + 7) % 7);
}

/** The seven days of the week that holds `day`, in order. */
export function weekDays(day: number, firstDay: IsoWeekday): number[] {
  const first = startOfWeek(day, firstDay);
  return Array.from({ length: 7 }, (_, i) => first + i);
}

export function isWeekend(day: number, week: WeekInfo): boolean {
  return week.weekend.includes(isoWeekday(day) as IsoWeekday);
}
