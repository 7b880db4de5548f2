import type { CalendarItem } from '../../src-shared/api';
import { ACTIVITY_TYPE_ICONS, type ActivityType } from '../../src-shared/entities/activity';
import { getEntity } from '../../src-shared/entities';
import { recordIconOf } from '../records/entity-icon';

/** A calendar item with its times as numbers, as the grid works with them. */
export interface Shown {
  readonly key: string;
  readonly item: CalendarItem;
  readonly start: number;
  readonly end: number;
  readonly due: boolean;
}

export function toShown(item: CalendarItem): Shown {
  const start = Date.parse(item.start);
  const end = Math.max(start, Date.parse(item.end));
  return { key: item.key, item, start, end, due: item.due };
}

/** Mantine colour of each built-in type; custom types share one. */
const TYPE_COLORS: Readonly<Record<ActivityType, string>> = {
  appointment: 'blue',
  recurring_appointment: 'indigo',
  phone_call: 'teal',
  email: 'cyan',
  task: 'orange',
  letter: 'grape',
  fax: 'gray',
  service_activity: 'lime',
  campaign_response: 'pink',
  campaign_activity: 'pink',
};

export function colorOf(item: CalendarItem): string {
  if (item.series) return 'indigo';
  return TYPE_COLORS[item.activityType as ActivityType] ?? 'violet';
}

export function iconOf(item: CalendarItem): string {
  if (item.series) return ACTIVITY_TYPE_ICONS.recurring_appointment;
  return recordIconOf(getEntity('activity'), { activity_type: item.activityType });
}

/** Closed activities stay where they are: only open ones can be dragged. */
export function isMovable(item: CalendarItem): boolean {
  return item.status === 'open';
}

/** The record an item opens: itself, or for an occurrence not written yet, its series. */
export function recordIdOf(item: CalendarItem): string | null {
  return item.id ?? item.series?.id ?? null;
}
