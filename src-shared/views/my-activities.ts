import type { Criteria, CriteriaNode } from '../query/criteria';

/**
 * The conditions behind "My activities": the system views of activities
 * and the counts on the dashboard are built from these, so a count always
 * matches the view it opens.
 *
 * An activity falls due by its due date (tasks, calls, e-mails...) or, when
 * it is planned by a start and an end (appointments...), by its start for
 * "today" and by its end for "overdue": a meeting still running is not late.
 */

export const where = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'and', items });
export const either = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'or', items });

export const MINE: CriteriaNode = { kind: 'condition', field: 'owner_id', op: 'eq_current_user' };
export const OPEN: CriteriaNode = { kind: 'condition', field: 'status', op: 'eq', value: 'open' };
/** A recurring series only holds its pattern; its occurrences are the appointments that fall due. */
export const NOT_SERIES: CriteriaNode = {
  kind: 'condition',
  field: 'activity_type',
  op: 'ne',
  value: 'recurring_appointment',
};

export const DUE_TODAY: Criteria = either(
  { kind: 'condition', field: 'due_date', op: 'today' },
  { kind: 'condition', field: 'scheduled_start', op: 'today' },
);

export const OVERDUE: Criteria = either(
  { kind: 'condition', field: 'due_date', op: 'before_now' },
  { kind: 'condition', field: 'scheduled_end', op: 'before_now' },
);

/** Falls due in `[from, to)` (canonical UTC moments). */
export function dueBetween(from: string, to: string): Criteria {
  const within = (field: string) =>
    where({ kind: 'condition', field, op: 'gte', value: from }, { kind: 'condition', field, op: 'lt', value: to });
  return either(within('due_date'), within('scheduled_start'));
}

/** The user's open activities that can fall due (the views "Due today" and "Overdue" narrow these). */
export const MY_OPEN_DUE: readonly CriteriaNode[] = [MINE, OPEN, NOT_SERIES];
