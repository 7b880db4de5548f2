import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { CALENDAR_VIEWS, type CalendarView } from '../../src-shared/rules/calendar';

/**
 * What the calendar shows: the view, the day it is at (a local date; none
 * means today) and whose days the team view puts side by side. UI state
 * only; kept for the session, so a reload or a trip to a record and back
 * returns to the same place.
 */
interface CalendarState {
  readonly view: CalendarView;
  /** `YYYY-MM-DD`, or null for today. */
  readonly anchor: string | null;
  /** User ids of the team view, in column order; empty means the current user only. */
  readonly team: readonly string[];
  setView(view: CalendarView): void;
  setAnchor(anchor: string | null): void;
  setTeam(team: readonly string[]): void;
}

export const useCalendarStore = create<CalendarState>()(
  persist(
    (set) => ({
      view: 'week',
      anchor: null,
      team: [],
      setView: (view) => set({ view }),
      setAnchor: (anchor) => set({ anchor }),
      setTeam: (team) => set({ team }),
    }),
    {
      name: 'crm.calendar',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ view: s.view, anchor: s.anchor, team: s.team }),
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<CalendarState>;
        return {
          ...current,
          view: CALENDAR_VIEWS.includes(s.view as CalendarView) ? (s.view as CalendarView) : current.view,
          anchor: typeof s.anchor === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.anchor) ? s.anchor : null,
          team: Array.isArray(s.team) ? s.team.filter((id): id is string => typeof id === 'string') : [],
        };
      },
    },
  ),
);
