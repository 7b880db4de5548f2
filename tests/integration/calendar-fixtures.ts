import type { CalendarItem, RecordData } from '../../src-shared/api';
import { peek, type TestBackend } from './helpers';

/** Shared set-up of the calendar tests: colleagues, contacts and activities on a temp data file. */

export const MONDAY = '2025-03-03';
/** "Now" of these tests: Saturday 1 March 2025, noon UTC, so the week of 3 March is just ahead. */
export const NOW = Date.UTC(2025, 2, 1, 12, 0);
export const DAY = 86_400_000;

export const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`).toISOString();

/** A user written straight into the file (user management is not what these tests are about). */
export function addUser(backend: TestBackend, id: string, name: string): string {
  peek(backend.dataDir)
    .prepare('INSERT INTO users (id, name, email, role, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, name, `${name.toLowerCase()}@example.com`, 'user', new Date(NOW).toISOString());
  return id;
}

export async function currentUserId(backend: TestBackend): Promise<string> {
  const info = await backend.ok('app.info', {});
  return info.currentUser?.id ?? '';
}

export function activity(backend: TestBackend, values: Record<string, unknown>): Promise<RecordData> {
  return backend.ok('records.create', { entity: 'activity', values });
}

export function appointment(
  backend: TestBackend,
  subject: string,
  start: string,
  end: string,
  extra: Record<string, unknown> = {},
): Promise<RecordData> {
  return activity(backend, {
    activity_type: 'appointment',
    subject,
    scheduled_start: start,
    scheduled_end: end,
    ...extra,
  });
}

export function subjects(items: readonly CalendarItem[]): string[] {
  return items.map((i) => i.subject);
}
