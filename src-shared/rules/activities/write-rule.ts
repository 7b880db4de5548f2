import type { FieldIssue, FieldValue, RecordValues } from '../../api';
import { SCHEDULED_TYPES, type ActivityStatus, type ActivityType } from '../../entities/activity';
import { USER_PARTY } from '../../entities/types';
import { formatRef } from '../records/field-formats';
import { issue, sameFieldValue } from '../records/validate-values';
import type { WriteRuleInput, WriteRuleOutcome } from '../write-rules';
import { reminderAtOf } from './reminder';
import { seriesDefaults, seriesPattern } from './series';
import { canTransition, defaultStatusReason, fitsStatus, isClosed, STATUS_FIELDS } from './status';
import { addMinutes, minutesBetween, toIso, toMs } from './time';

const MEETINGS: readonly ActivityType[] = ['appointment', 'recurring_appointment'];

/** How long an appointment lasts when only its start is given. */
export const DEFAULT_MEETING_MINUTES = 30;

type Patch = Record<string, FieldValue>;

/**
 * The rules every write of an activity passes, in the renderer and in main:
 * the type never changes; closed activities are read-only except Reopen;
 * status changes follow the allowed transitions and bring a fitting status
 * reason; completing fills in the actual end, start and duration from what
 * is known; planned times must not end before they start and give the
 * planned duration; the reminder time follows the start (or due date); an
 * occurrence edited by hand becomes an exception of its series; a series
 * must describe at least one occurrence.
 */
export function activityWriteRule(input: WriteRuleInput): WriteRuleOutcome {
  const { mode, stored, changes } = input;
  const patch: Patch = {};
  const merged = (): RecordValues => ({ ...(stored ?? {}), ...changes, ...patch });
  const type = merged()['activity_type'] as ActivityType;

  if (
    mode === 'update' &&
    stored &&
    'activity_type' in changes &&
    changes['activity_type'] !== stored['activity_type']
  ) {
    return refuse(issue('activity_type', 'validation.type_fixed'));
  }
  const really = (name: string) => name in changes && !sameFieldValue(changes[name], stored?.[name]);
  const statusIssue = applyStatus(input, type, patch, really);
  if (statusIssue) return refuse(statusIssue);

  const timeIssue = applyTimes(merged(), patch, type, really, mode);
  if (timeIssue) return refuse(timeIssue);
  // Whoever sets up a meeting organizes it, unless someone else is named.
  const owner = merged()['owner_id'];
  if (mode === 'create' && MEETINGS.includes(type) && !merged()['organizer'] && typeof owner === 'string') {
    patch['organizer'] = [formatRef(USER_PARTY, owner)];
  }

  if (type === 'recurring_appointment') {
    Object.assign(patch, seriesDefaults(merged()));
    const result = seriesPattern(merged());
    if ('issues' in result) return { patch: {}, issues: result.issues };
  } else {
    setIfDifferent(patch, stored, 'reminder_at', reminderAtOf(merged()));
  }

  // A hand-made change to an occurrence sets it apart from its series for good.
  const edited = Object.keys(changes).some((name) => really(name));
  if (mode === 'update' && stored?.['series_id'] && !('is_exception' in changes) && edited) {
    setIfDifferent(patch, stored, 'is_exception', true);
  }
  return { patch, issues: [] };
}

function refuse(problem: FieldIssue): WriteRuleOutcome {
  return { patch: {}, issues: [problem] };
}

function setIfDifferent(patch: Patch, stored: RecordValues | null, name: string, value: FieldValue): void {
  if (!sameFieldValue(stored?.[name] ?? null, value)) patch[name] = value;
}

function applyStatus(
  { mode, stored, changes, now }: WriteRuleInput,
  type: ActivityType,
  patch: Patch,
  really: (name: string) => boolean,
): FieldIssue | null {
  const before = (stored?.['status'] ?? null) as ActivityStatus | null;
  const after = (changes['status'] ?? before ?? 'open') as ActivityStatus;
  if (mode === 'update' && isClosed(before)) {
    const edited = Object.keys(changes).find((name) => !STATUS_FIELDS.has(name) && really(name));
    if (edited) return issue(edited, 'validation.activity_closed');
  }
  if (before !== null && !canTransition(before, after, type)) return issue('status', 'validation.status_transition');
  if (mode === 'create' && type === 'recurring_appointment' && after !== 'open') {
    return issue('status', 'validation.status_transition');
  }
  if (mode === 'create' && !changes['status']) patch['status'] = 'open';
  const merged = { ...(stored ?? {}), ...changes, ...patch };
  if (!fitsStatus(after, merged['status_reason']) || (after !== before && !('status_reason' in changes))) {
    patch['status_reason'] = defaultStatusReason(after, type, merged['direction']);
  }
  if (mode === 'create' && !merged['priority']) patch['priority'] = 'normal';
  if (after === 'completed' && before !== 'completed') Object.assign(patch, completionDefaults(merged, now));
  return null;
}

/**
 * What completing fills in when it is not known yet: the actual end (the
 * planned end if that has passed, otherwise now), the actual duration (from
 * the actual start, else the planned duration) and the actual start (the
 * end minus the duration).
 */
export function completionDefaults(values: RecordValues, now: number): Patch {
  const patch: Patch = {};
  if (values['activity_type'] === 'recurring_appointment') return patch;
  const plannedEnd = toMs(values['scheduled_end']);
  let end = toMs(values['actual_end']);
  if (end === null) {
    end = plannedEnd !== null && plannedEnd <= now ? plannedEnd : now;
    patch['actual_end'] = toIso(end);
  }
  let start = toMs(values['actual_start']);
  let duration = typeof values['actual_duration'] === 'number' ? values['actual_duration'] : null;
  if (duration === null) {
    if (start !== null && start <= end) duration = minutesBetween(start, end);
    else if (typeof values['scheduled_duration'] === 'number') duration = values['scheduled_duration'];
    if (duration !== null) patch['actual_duration'] = duration;
  }
  if (start === null && duration !== null) {
    start = addMinutes(end, -duration);
    patch['actual_start'] = toIso(start);
  }
  return patch;
}

function applyTimes(
  values: RecordValues,
  patch: Patch,
  type: ActivityType,
  really: (name: string) => boolean,
  mode: 'create' | 'update',
): FieldIssue | null {
  const scheduled = (SCHEDULED_TYPES as readonly string[]).includes(type);
  const start = toMs(values['scheduled_start']);
  let end = toMs(values['scheduled_end']);
  const minutes = typeof values['scheduled_duration'] === 'number' ? values['scheduled_duration'] : null;
  // No end yet, or a new start or duration without a new end: the end follows from the start and the
  // duration (moving a meeting keeps its length).
  const endFollows =
    (end === null && (mode === 'create' || really('scheduled_start'))) ||
    (mode === 'update' &&
      minutes !== null &&
      !really('scheduled_end') &&
      (really('scheduled_start') || really('scheduled_duration')));
  if (scheduled && start !== null && endFollows) {
    end = addMinutes(start, minutes ?? DEFAULT_MEETING_MINUTES);
    patch['scheduled_end'] = toIso(end);
  }
  if (start !== null && end !== null) {
    if (end < start) return issue('scheduled_end', 'validation.end_before_start');
    const minutes = minutesBetween(start, end);
    if (values['scheduled_duration'] !== minutes) patch['scheduled_duration'] = minutes;
  }
  const actualStart = toMs(values['actual_start']);
  const actualEnd = toMs(values['actual_end']);
  if (actualStart !== null && actualEnd !== null && actualEnd < actualStart) {
    return issue('actual_end', 'validation.end_before_start');
  }
  return null;
}
