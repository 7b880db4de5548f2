import { useUiStore } from '../../stores/ui-store';

/**
 * The user's time zone and first day of the week, sent with criteria so
 * "today" and "this week" mean the user's today and week. The week comes
 * from the browser's locale where it says (Intl weekInfo), otherwise from
 * the app's language.
 */

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

const WEEK_START_BY_LANGUAGE = { en: 1, ru: 1, fa: 6 } as const;

function browserWeekStart(): number | null {
  try {
    const locale = new Intl.Locale(navigator.language) as Intl.Locale & WeekInfoLocale;
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    // weekInfo counts Monday as 1 and Sunday as 7; the API counts Sunday as 0.
    return info ? info.firstDay % 7 : null;
  } catch {
    return null;
  }
}

export function queryClock(): { timeZone: string; weekStart: number } {
  const language = useUiStore.getState().language;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const weekStart = language === 'fa' ? 6 : (browserWeekStart() ?? WEEK_START_BY_LANGUAGE[language]);
  return { timeZone, weekStart };
}
