import type { RecordValues } from '../../src-shared/api';
import type { SampleRecord } from './generate';
import { recordState, SampleRandom, seedState, STREAM, Weighted } from './random';
import { uuidV7 } from './uuid';

/**
 * A sales team's recent work with the sample customers: calls, meetings,
 * e-mails and tasks about the first accounts and their contacts. Past ones
 * are completed with actual durations (so "Time spent" has figures); some
 * are still open, due in the coming days, a few with reminders. Dates are
 * relative to `today` (so the sample looks current); given the same seed and
 * day the records are the same, byte for byte.
 */

const ACTIVITY_EPOCH_MS = Date.UTC(2024, 2, 4, 9, 0, 0);
const DEFAULT_SEED = 20_240_304;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Accounts that get activities, and how many each at most. */
const BUSY_ACCOUNTS = 80;
const MAX_PER_ACCOUNT = 5;

interface Kind {
  readonly type: 'phone_call' | 'email' | 'appointment' | 'task';
  readonly subjects: readonly string[];
  /** Actual minutes of a completed one. */
  readonly minutes: readonly [number, number];
}

const KINDS = new Weighted<Kind>([
  [
    {
      type: 'phone_call',
      subjects: ['Follow up on the quote', 'Discuss the renewal', 'Check delivery dates', 'Answer a billing question'],
      minutes: [5, 40],
    },
    5,
  ],
  [
    {
      type: 'email',
      subjects: ['Send the price list', 'Confirm the order details', 'Share the product brochure'],
      minutes: [5, 20],
    },
    3,
  ],
  [
    {
      type: 'appointment',
      subjects: ['Quarterly business review', 'Product demonstration', 'Site visit', 'Contract negotiation'],
      minutes: [45, 120],
    },
    2,
  ],
  [
    {
      type: 'task',
      subjects: ['Prepare a proposal', 'Update the contact details', 'Draft the service agreement'],
      minutes: [15, 90],
    },
    2,
  ],
]);

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** One activity: in the past and completed, or coming up and open. */
function activityValues(
  rng: SampleRandom,
  kind: Kind,
  regarding: string,
  person: string | null,
  userRef: string,
  today: number,
): RecordValues {
  const past = rng.chance(0.7);
  const day = today + (past ? -rng.between(1, 60) : rng.between(0, 14)) * DAY;
  const start = day + rng.between(8, 16) * 60 * MINUTE + rng.pick([0, 15, 30, 45]) * MINUTE;
  const minutes = rng.between(kind.minutes[0], kind.minutes[1]);
  const outgoing = rng.chance(0.75);
  const values: Record<string, RecordValues[string]> = {
    activity_type: kind.type,
    subject: rng.pick(kind.subjects),
    regarding,
    priority: rng.chance(0.15) ? 'high' : 'normal',
  };
  if (kind.type === 'appointment') {
    values['scheduled_start'] = iso(start);
    values['scheduled_end'] = iso(start + minutes * MINUTE);
    values['required_attendees'] = person ? [person, userRef] : [userRef];
    values['location'] = rng.pick(['Their office', 'Our office', 'Video call']);
  } else {
    values['due_date'] = iso(start);
    if (kind.type !== 'task') {
      values['direction'] = outgoing ? 'outgoing' : 'incoming';
      const them = person ? [person] : [regarding];
      values['from'] = outgoing ? [userRef] : them;
      values['to'] = outgoing ? them : [userRef];
    }
  }
  if (past) {
    values['status'] = 'completed';
    values['actual_start'] = iso(start);
    values['actual_end'] = iso(start + minutes * MINUTE);
    values['actual_duration'] = minutes;
  } else if (rng.chance(0.4)) {
    values['reminder'] = rng.pick(['15m', '30m', '1h']);
  }
  return values;
}

/**
 * Activities about the first accounts of the sample (and their contacts),
 * owned by `userId`; `today` is a day's start in ms.
 */
export function generateSampleActivities(
  accounts: readonly SampleRecord[],
  contacts: readonly SampleRecord[],
  userId: string,
  today: number,
  seed: number = DEFAULT_SEED,
): SampleRecord[] {
  const state = seedState(seed);
  const contactsOf = new Map<string, string[]>();
  for (const contact of contacts) {
    const account = contact.values['account_id'];
    if (typeof account !== 'string') continue;
    contactsOf.set(account, [...(contactsOf.get(account) ?? []), contact.id]);
  }
  const rng = new SampleRandom();
  const userRef = `user:${userId}`;
  const out: SampleRecord[] = [];
  accounts.slice(0, BUSY_ACCOUNTS).forEach((account, index) => {
    rng.reseed(recordState(state, index, STREAM.activity));
    const people = contactsOf.get(account.id) ?? [];
    const count = rng.between(1, MAX_PER_ACCOUNT);
    for (let i = 0; i < count; i++) {
      const person = people.length > 0 && rng.chance(0.7) ? `contact:${rng.pick(people)}` : null;
      const regarding = person && rng.chance(0.5) ? person : `account:${account.id}`;
      const values = activityValues(rng, KINDS.draw(rng), regarding, person, userRef, today);
      out.push({ id: uuidV7(ACTIVITY_EPOCH_MS + out.length, rng), values });
    }
  });
  return out;
}
