import { validationError } from '../../../src-shared/api';
import { criteriaIssue } from '../../../src-shared/query/issues';
import { isTimeZone } from '../../../src-shared/query';
import type { Store } from '../../backend/store';
import { sqlPlanner } from './criteria-planner';
import type { CriteriaEnv } from './criteria-sql';
import type { ListCriteriaContext } from './list-query';

/** Weeks start on Monday unless the caller says otherwise (ISO 8601, and most of the app's languages). */
export const DEFAULT_WEEK_START = 1;

/** The zone of the machine the backend runs on: the user's, on a desktop. */
export function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The moment, zone, week and user criteria are resolved with; a VALIDATION error for an unknown zone. */
export function criteriaEnv(
  input: { readonly timeZone?: string | undefined; readonly weekStart?: number | undefined },
  now: number,
  userId: string,
): CriteriaEnv {
  const timeZone = input.timeZone ?? hostTimeZone();
  if (!isTimeZone(timeZone)) {
    throw validationError([criteriaIssue(['timeZone'], 'validation.time_zone', { zone: timeZone })]);
  }
  return { now, timeZone, weekStart: input.weekStart ?? DEFAULT_WEEK_START, userId };
}

/** Everything `planList` needs to compile the input's criteria; undefined when it has none. */
export function listCriteriaContext(
  store: Store,
  now: number,
  input: {
    readonly criteria?: unknown;
    readonly timeZone?: string | undefined;
    readonly weekStart?: number | undefined;
  },
): ListCriteriaContext | undefined {
  if (input.criteria === undefined) return undefined;
  return { env: criteriaEnv(input, now, store.writer.userId()), planner: sqlPlanner(store.db) };
}
