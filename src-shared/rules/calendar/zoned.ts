import { dayNumber, fromDayNumber } from '../recurrence/civil-date';
import { instantOf, wallTimeOf } from '../recurrence/zoned-time';

/**
 * Between instants (what is stored) and the grid's local days and minutes
 * (what is drawn), in the user's time zone. A local day is not always 24
 * hours long (daylight saving), so day boundaries and times come from the
 * zone rules, never from adding 86,400,000 ms.
 */

const MS_PER_MINUTE = 60_000;
export const MINUTES_PER_DAY = 1440;

/** The instant a local day starts. */
export function dayStart(day: number, timeZone: string): number {
  return instantOf(fromDayNumber(day), 0, timeZone);
}

/** The local day an instant falls on. */
export function dayOf(instant: number, timeZone: string): number {
  return dayNumber(wallTimeOf(instant, timeZone).date);
}

/** The local day and minute of the day of an instant. */
export function localMinute(instant: number, timeZone: string): { day: number; minutes: number } {
  const wall = wallTimeOf(instant, timeZone);
  return { day: dayNumber(wall.date), minutes: wall.minutes };
}

/** The instant of a local day and minute (a time that does not exist that day moves forward). */
export function instantAt(day: number, minutes: number, timeZone: string): number {
  const extraDays = Math.floor(minutes / MINUTES_PER_DAY);
  return instantOf(fromDayNumber(day + extraDays), minutes - extraDays * MINUTES_PER_DAY, timeZone);
}

/** The instants a run of days covers: from the first day's start to the start of the day after the last. */
export function daysRange(first: number, last: number, timeZone: string): { from: number; to: number } {
  return { from: dayStart(first, timeZone), to: dayStart(last + 1, timeZone) };
}

export interface DaySegment {
  readonly day: number;
  /** Minutes after the day's local midnight, 0..1440. */
  readonly startMinutes: number;
  readonly endMinutes: number;
  /** The event began on an earlier day / goes on into a later one. */
  readonly fromBefore: boolean;
  readonly intoAfter: boolean;
}

/**
 * The parts of [start, end) on each of `days` (a meeting from 23:00 to 01:00
 * is drawn on both days). A moment (end = start) is one segment of no
 * length on its day.
 */
export function daySegments(start: number, end: number, days: readonly number[], timeZone: string): DaySegment[] {
  const out: DaySegment[] = [];
  const last = Math.max(start, end);
  for (const day of days) {
    const from = dayStart(day, timeZone);
    const to = dayStart(day + 1, timeZone);
    const isMoment = last === start;
    if (isMoment ? start < from || start >= to : last <= from || start >= to) continue;
    const segStart = Math.max(start, from);
    const segEnd = Math.min(last, to);
    out.push({
      day,
      startMinutes: localMinute(segStart, timeZone).minutes,
      endMinutes: segEnd === to ? MINUTES_PER_DAY : Math.max(localMinute(segEnd, timeZone).minutes, 0),
      fromBefore: start < from,
      intoAfter: last > to,
    });
  }
  return out;
}

/** Rounds minutes to the nearest multiple of `step`. */
export function snapMinutes(minutes: number, step: number): number {
  return Math.round(minutes / step) * step;
}

/**
 * An event dropped so that it starts at `newStart`: it keeps its length (an
 * event moved by a whole number of days also keeps its local time of day,
 * across a daylight-saving change, because `newStart` comes from the grid's
 * local days and minutes).
 */
export function moveKeepingLength(start: number, end: number, newStart: number): { start: number; end: number } {
  return { start: newStart, end: newStart + Math.max(0, end - start) };
}

/** Length of an event in whole minutes. */
export function lengthMinutes(start: number, end: number): number {
  return Math.round(Math.max(0, end - start) / MS_PER_MINUTE);
}
