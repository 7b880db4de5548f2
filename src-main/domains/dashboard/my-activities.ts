import type { DashboardActivity, DashboardSummary } from '../../../src-shared/api';
import { DASHBOARD_SOON_DAYS, DASHBOARD_URGENT_LIMIT } from '../../../src-shared/api';
import { getEntity } from '../../../src-shared/entities';
import { addDays, localDate, startOfLocalDay, type Criteria } from '../../../src-shared/query';
import { dueBetween, MY_OPEN_DUE, OVERDUE, where } from '../../../src-shared/views/my-activities';
import { systemViewsOf } from '../../../src-shared/views/system-views';
import type { SqlDb } from '../../db';
import { compileCriteria, type CriteriaEnv } from '../records/criteria-sql';
import { sqlPlanner } from '../records/criteria-planner';
import type { SqlCondition } from '../records/list-filters';
import { referenceNames } from '../records/reference-names';

/**
 * The activity card of the dashboard. Its counts compile the very criteria
 * of the system views they open ("My open activities", "Due today",
 * "Overdue"), so a number and its list never disagree; each count and the
 * urgent list start from the owner index of activities.
 */

function compiled(db: SqlDb, criteria: Criteria, env: CriteriaEnv): SqlCondition {
  const { condition, issues } = compileCriteria(criteria, getEntity('activity'), env, sqlPlanner(db));
  // The criteria are the app's own; an issue here is a bug, not bad input.
  if (issues.length > 0 || !condition) throw new Error(`Dashboard criteria do not compile: ${JSON.stringify(issues)}`);
  return condition;
}

/** The criteria of one of the activity system views. */
function viewCriteria(key: string): Criteria {
  const view = systemViewsOf(getEntity('activity')).find((v) => v.id === `builtin:activity:${key}`);
  if (!view) throw new Error(`No activity view ${key}.`);
  return view.criteria;
}

function count(db: SqlDb, criteria: Criteria, env: CriteriaEnv): number {
  const c = compiled(db, criteria, env);
  const row = db
    .stmt(`SELECT count(*) AS n FROM activity t WHERE t.deleted_at IS NULL AND (${c.sql})`)
    .get(...c.params);
  return (row as { n: number }).n;
}

interface UrgentRow {
  readonly id: string;
  readonly subject: string | null;
  readonly display_name: string;
  readonly activity_type: string;
  readonly priority: string | null;
  readonly due_date: string | null;
  readonly scheduled_start: string | null;
  readonly regarding: string | null;
  readonly overdue: number;
}

/** Overdue first, then by when they fall due; without a date last; the same moment by id. */
function urgent(db: SqlDb, env: CriteriaEnv): DashboardActivity[] {
  const open = compiled(db, where(...MY_OPEN_DUE), env);
  const late = compiled(db, OVERDUE, env);
  const due = 'coalesce(t.due_date, t.scheduled_start)';
  const rows = db
    .stmt(
      'SELECT t.id, t.subject, t.display_name, t.activity_type, t.priority, t.due_date, t.scheduled_start, ' +
        `t.regarding, CASE WHEN (${late.sql}) THEN 1 ELSE 0 END AS overdue FROM activity t ` +
        `WHERE t.deleted_at IS NULL AND (${open.sql}) ORDER BY overdue DESC, ${due} IS NULL, ${due}, t.id LIMIT ?`,
    )
    .all(...late.params, ...open.params, DASHBOARD_URGENT_LIMIT) as UrgentRow[];
  const names = referenceNames(
    db,
    rows.flatMap((r) => (r.regarding ? [r.regarding] : [])),
  );
  return rows.map((r) => ({
    id: r.id,
    subject: r.subject ?? r.display_name,
    type: r.activity_type,
    priority: r.priority,
    due: r.due_date ?? r.scheduled_start,
    dueIsStart: r.due_date === null && r.scheduled_start !== null,
    overdue: r.overdue === 1,
    regarding: r.regarding ? { ref: r.regarding, name: names[r.regarding] ?? '' } : null,
  }));
}

export function myActivities(db: SqlDb, env: CriteriaEnv): DashboardSummary['activities'] {
  const today = localDate(env.now, env.timeZone);
  const tomorrow = new Date(startOfLocalDay(addDays(today, 1), env.timeZone)).toISOString();
  const soonEnd = new Date(startOfLocalDay(addDays(today, DASHBOARD_SOON_DAYS + 1), env.timeZone)).toISOString();
  return {
    open: count(db, viewCriteria('my_open'), env),
    overdue: count(db, viewCriteria('overdue'), env),
    dueToday: count(db, viewCriteria('due_today'), env),
    soon: count(db, where(...MY_OPEN_DUE, dueBetween(tomorrow, soonEnd)), env),
    urgent: urgent(db, env),
  };
}
