import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RecordValues, TimelinePage } from '../../src-shared/api';
import { createBackend, type Backend } from '../../src-main/backend';
import { EventBus } from '../../src-main/backend/event-bus';
import { createStore } from '../../src-main/backend/store';
import { openDataFile } from '../../src-main/db';
import { bulkInsert, type BulkRow } from '../../src-main/domains/records/bulk-insert';
import type { BenchContext } from './extensions';
import type { BenchFigure } from './report';
import { percentile, seededRandom, timeAsync, timeSync } from './stats';

/**
 * The timeline of a very busy record: one contact with 10,000 activities
 * regarding it (calls and e-mails that also name it as a party, meetings it
 * attends, tasks), a few hundred notes, activities about other records it
 * only attends, and status changes made through the write path, so every
 * source of the timeline has rows. Timed: `timeline.list` first page
 * through `backend.call`, beside the floor a raw query can reach: the
 * newest page of the record's activities and notes read straight from
 * their indexes.
 */

const ACTIVITIES = 10_000;
const NOTES = 300;
const AS_PARTY = 300;
const STATUS_CHANGES = 100;
const BATCH = 250;
const PAGE = 25;
const TARGET_MS = 20;
const HOUR = 3_600_000;

async function call<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const result = await backend.call(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value as T;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** One of the record's activities; `person` is the contact, `me` the user, both as party refs. */
function activityValues(i: number, regarding: string, person: string, me: string, at: number): RecordValues {
  const kind = i % 10;
  const past = i % 3 !== 0;
  const base: Record<string, RecordValues[string]> = { regarding, subject: `Timeline activity ${i + 1}` };
  let values: Record<string, RecordValues[string]>;
  if (kind < 4) {
    values = {
      ...base,
      activity_type: 'phone_call',
      due_date: iso(at),
      direction: 'outgoing',
      from: [me],
      to: [person],
    };
  } else if (kind < 6) {
    values = { ...base, activity_type: 'email', due_date: iso(at), direction: 'incoming', from: [person], to: [me] };
  } else if (kind < 8) {
    values = {
      ...base,
      activity_type: 'appointment',
      scheduled_start: iso(at),
      scheduled_end: iso(at + HOUR),
      required_attendees: [person, me],
    };
  } else {
    values = { ...base, activity_type: 'task', due_date: iso(at), description: 'Prepare the documents. '.repeat(8) };
  }
  if (past) {
    values['status'] = 'completed';
    values['actual_end'] = iso(at + 30 * 60_000);
    values['actual_duration'] = 30;
  }
  return values;
}

/** Writes the busy record through the bulk path, a batch per simulated hour; returns its id and some open ids. */
async function buildBusyRecord(dataDir: string, log: (line: string) => void): Promise<{ id: string; open: string[] }> {
  let clock = Date.UTC(2023, 0, 2, 9, 0, 0);
  const opened = await openDataFile(dataDir, () => clock);
  if (opened.kind !== 'ready') throw new Error(`Cannot open the benchmark database: ${opened.problem.message}`);
  const store = createStore(opened.db, () => clock, new EventBus());
  store.reminders.stop();
  try {
    const writer = store.writer;
    const [id] = bulkInsert(writer, 'contact', [
      { values: { first_name: 'Busy', last_name: 'Timeline', email: 'busy.timeline@example.com' } },
    ]).ids;
    if (!id) throw new Error('The busy contact was not written.');
    const ref = `contact:${id}`;
    const me = `user:${store.identity.currentUser.id}`;
    const other = bulkInsert(writer, 'account', [{ values: { name: 'Busy Timeline Partner' } }]).ids[0]!;
    const open: string[] = [];
    let written = 0;
    while (written < ACTIVITIES) {
      const rows: BulkRow[] = [];
      for (let i = written; i < Math.min(ACTIVITIES, written + BATCH); i++) {
        rows.push({ values: activityValues(i, ref, ref, me, clock) });
      }
      const ids = bulkInsert(writer, 'activity', rows).ids;
      ids.forEach((activityId, k) => (written + k) % 3 === 0 && open.push(activityId));
      written += rows.length;
      clock += HOUR;
    }
    const notes: BulkRow[] = Array.from({ length: NOTES }, (_, i) => ({
      values: { title: `Note ${i + 1}`, text: 'Talked about the next order. '.repeat(5), regarding: ref },
    }));
    for (let i = 0; i < notes.length; i += 50) {
      bulkInsert(writer, 'note', notes.slice(i, i + 50));
      clock += HOUR;
    }
    // Meetings about the partner account that the contact attends: the timeline shows them as a party.
    const attended: BulkRow[] = Array.from({ length: AS_PARTY }, (_, i) => ({
      values: activityValues(6 + 10 * i, `account:${other}`, ref, me, clock + i * 60_000),
    }));
    bulkInsert(writer, 'activity', attended);
    clock += HOUR;
    log(
      `  one contact with ${ACTIVITIES.toLocaleString('en')} activities, ${NOTES} notes and ${AS_PARTY} meetings it attends`,
    );
    return { id, open };
  } finally {
    store.reminders.stop();
    store.writer.db.close();
  }
}

/** The floor: the newest page of the record's activities and of its notes, each straight from its index. */
function rawFirstPage(raw: Database.Database): (ref: string) => number {
  const activities = raw
    .prepare(
      'SELECT id, activity_type, subject, status, created_at FROM activity ' +
        'WHERE regarding = ? AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ?',
    )
    .raw(true);
  const notes = raw
    .prepare(
      'SELECT id, title, text, created_at FROM note WHERE regarding = ? AND deleted_at IS NULL ' +
        'ORDER BY created_at DESC, id DESC LIMIT ?',
    )
    .raw(true);
  return (ref) => activities.all(ref, PAGE + 1).length + notes.all(ref, PAGE + 1).length;
}

export async function measureTimeline({ dataDir, options, log }: BenchContext): Promise<readonly BenchFigure[]> {
  log(`Measuring the timeline of a record with ${ACTIVITIES.toLocaleString('en')} activities`);
  const busy = await buildBusyRecord(dataDir, log);
  const backend = createBackend({ dataDir, appVersion: 'bench', dailyBackup: false });
  const raw = new Database(join(dataDir, 'crm.sqlite'), { readonly: true });
  raw.pragma('cache_size = -65536');
  raw.pragma('temp_store = MEMORY');
  try {
    // Status changes made by a person, so the timeline's system events have rows to find too.
    const random = seededRandom(20_250_101);
    for (let i = 0; i < STATUS_CHANGES; i++) {
      const id = busy.open[Math.floor(random() * busy.open.length)]!;
      const status = i % 4 === 3 ? 'canceled' : 'completed';
      const result = await backend.call('records.update', { entity: 'activity', id, values: { status } });
      // The same activity drawn twice is already closed: only Reopen changes it then.
      if (!result.ok && result.error.code !== 'VALIDATION') throw new Error(result.error.message);
    }
    const input = { entity: 'contact', id: busy.id, limit: PAGE };
    const first = await call<TimelinePage>(backend, 'timeline.list', input);
    if (first.entries.length !== PAGE || first.next === null) throw new Error('The busy timeline has no full page.');
    const readRaw = rawFirstPage(raw);
    const ref = `contact:${busy.id}`;
    for (let i = 0; i < 20; i++) {
      await call(backend, 'timeline.list', input);
      readRaw(ref);
    }
    const ours: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < options.samples; i++) {
      const timeOurs = () => timeAsync(() => call<TimelinePage>(backend, 'timeline.list', input));
      if (i % 2 === 0) {
        ours.push(await timeOurs());
        rawTimes.push(timeSync(() => readRaw(ref)));
      } else {
        rawTimes.push(timeSync(() => readRaw(ref)));
        ours.push(await timeOurs());
      }
    }
    const p95 = percentile(ours, 95);
    return [
      {
        key: 'timeline_10k_first_page_p95_ms',
        label: `timeline of a record with ${ACTIVITIES.toLocaleString('en')} activities, first page`,
        value: p95,
        unit: 'ms',
        median: { key: 'timeline_10k_first_page_p50_ms', value: percentile(ours, 50) },
        target: `p95 <= ${TARGET_MS} ms`,
        met: p95 <= TARGET_MS,
      },
      {
        key: 'timeline_10k_first_page_raw_p95_ms',
        label: '  raw: newest activities and notes from their indexes',
        value: percentile(rawTimes, 95),
        unit: 'ms',
        median: { key: 'timeline_10k_first_page_raw_p50_ms', value: percentile(rawTimes, 50) },
      },
    ];
  } finally {
    raw.close();
    backend.close();
  }
}
