import type { EntityDef } from '../entities/types';
import { MATCH_ALL, type Criteria } from '../query/criteria';
import { DUE_TODAY, MINE, MY_OPEN_DUE, OPEN, OVERDUE, where } from './my-activities';
import type { ViewDefinition, ViewSort } from './view-definition';

/**
 * The system views of each record type, declared like the rest of its
 * metadata. The first is the default view. A record type that declares none
 * still gets one: all its live records with its default list columns.
 */

export interface SystemViewDef {
  /** Unique within the record type; part of the view id. */
  readonly key: string;
  /** i18n key of the name. */
  readonly name: string;
  /** Defaults to the entity's list columns. */
  readonly columns?: readonly string[];
  /** Defaults to the display name, A to Z. */
  readonly sort?: ViewSort;
  readonly criteria: Criteria;
}

const BY_DUE_DATE: ViewSort = { field: 'due_date', dir: 'asc' };
const ACTIVITY_COLUMNS = ['activity_type', 'regarding', 'priority', 'due_date', 'scheduled_start', 'scheduled_end'];

const SYSTEM_VIEWS: Readonly<Record<string, readonly SystemViewDef[]>> = {
  account: [
    { key: 'active', name: 'views.names.account.active', criteria: MATCH_ALL },
    {
      key: 'mine',
      name: 'views.names.account.mine',
      criteria: where({ kind: 'condition', field: 'owner_id', op: 'eq_current_user' }),
    },
    {
      key: 'customers',
      name: 'views.names.account.customers',
      criteria: where({ kind: 'condition', field: 'relationship_type', op: 'in', value: ['customer'] }),
    },
    {
      key: 'without_contacts',
      name: 'views.names.account.without_contacts',
      criteria: where({ kind: 'related', entity: 'contact', via: 'account_id', match: 'none', where: MATCH_ALL }),
    },
  ],
  contact: [
    { key: 'active', name: 'views.names.contact.active', criteria: MATCH_ALL },
    {
      key: 'mine',
      name: 'views.names.contact.mine',
      criteria: where({ kind: 'condition', field: 'owner_id', op: 'eq_current_user' }),
    },
    {
      key: 'without_email',
      name: 'views.names.contact.without_email',
      columns: ['job_title', 'account_id', 'business_phone', 'mobile_phone', 'address_city'],
      criteria: where({ kind: 'condition', field: 'email', op: 'empty' }),
    },
    {
      key: 'without_account',
      name: 'views.names.contact.without_account',
      columns: ['job_title', 'email', 'business_phone', 'address_city', 'address_country'],
      criteria: where({ kind: 'condition', field: 'account_id', op: 'empty' }),
    },
  ],
  activity: [
    {
      key: 'my_open',
      name: 'views.names.activity.my_open',
      columns: ACTIVITY_COLUMNS,
      sort: BY_DUE_DATE,
      criteria: where(MINE, OPEN),
    },
    {
      key: 'due_today',
      name: 'views.names.activity.due_today',
      columns: ACTIVITY_COLUMNS,
      sort: BY_DUE_DATE,
      criteria: where(...MY_OPEN_DUE, DUE_TODAY),
    },
    {
      key: 'overdue',
      name: 'views.names.activity.overdue',
      columns: ACTIVITY_COLUMNS,
      sort: BY_DUE_DATE,
      criteria: where(...MY_OPEN_DUE, OVERDUE),
    },
    {
      key: 'all_open',
      name: 'views.names.activity.all_open',
      columns: [...ACTIVITY_COLUMNS, 'owner_id'],
      sort: BY_DUE_DATE,
      criteria: where(OPEN),
    },
    {
      key: 'completed',
      name: 'views.names.activity.completed',
      columns: ['activity_type', 'regarding', 'actual_end', 'actual_duration', 'owner_id'],
      sort: { field: 'actual_end', dir: 'desc' },
      criteria: where({ kind: 'condition', field: 'status', op: 'eq', value: 'completed' }),
    },
  ],
};

export const DEFAULT_SORT: ViewSort = { field: 'display_name', dir: 'asc' };

/** The declared views of a record type, as view definitions; the default view first. */
export function systemViewsOf(entity: EntityDef): ViewDefinition[] {
  const declared = SYSTEM_VIEWS[entity.name] ?? [{ key: 'all', name: 'views.default_name', criteria: MATCH_ALL }];
  return declared.map((view) => ({
    id: `builtin:${entity.name}:${view.key}`,
    entity: entity.name,
    kind: 'builtin',
    name: '',
    nameKey: view.name,
    columns: view.columns ?? entity.listColumns,
    sort: view.sort ?? DEFAULT_SORT,
    criteria: view.criteria,
    ownerId: null,
  }));
}

/** Record types with declared views (a test checks each declaration against the metadata). */
export function declaredViewEntities(): string[] {
  return Object.keys(SYSTEM_VIEWS);
}
