import type { EntityDef } from '../entities/types';
import { MATCH_ALL, type Criteria, type CriteriaNode } from '../query/criteria';
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

const statusIn = (...values: string[]): CriteriaNode => ({
  kind: 'condition',
  field: 'status',
  op: 'in',
  value: values,
});
const OPEN_LEAD = statusIn('new', 'contacted');
const OPEN_OPPORTUNITY = statusIn('open');
const UNPAID_INVOICE = statusIn('active', 'partially_paid');
/** "Active <plural>": every live record of a type without a status of its own. */
const allActive = (entity: string): SystemViewDef[] => [
  { key: 'active', name: `views.names.${entity}.active`, criteria: MATCH_ALL },
];

const LEAD_COLUMNS = ['company_name', 'status', 'rating', 'lead_source', 'email', 'business_phone', 'owner_id'];
const OPPORTUNITY_COLUMNS = [
  'customer',
  'sales_stage',
  'probability',
  'estimated_revenue',
  'estimated_close_date',
  'owner_id',
];

/** The views of the sales record types (leads to invoices, the catalog, campaigns). */
const SALES_VIEWS: Readonly<Record<string, readonly SystemViewDef[]>> = {
  lead: [
    { key: 'open', name: 'views.names.lead.open', columns: LEAD_COLUMNS, criteria: where(OPEN_LEAD) },
    { key: 'my_open', name: 'views.names.lead.my_open', columns: LEAD_COLUMNS, criteria: where(MINE, OPEN_LEAD) },
    {
      key: 'qualified',
      name: 'views.names.lead.qualified',
      columns: ['company_name', 'qualified_account_id', 'qualified_opportunity_id', 'lead_source', 'owner_id'],
      criteria: where(statusIn('qualified')),
    },
    {
      key: 'disqualified',
      name: 'views.names.lead.disqualified',
      columns: ['company_name', 'status_reason', 'lead_source', 'owner_id'],
      criteria: where(statusIn('disqualified')),
    },
    { key: 'all', name: 'views.names.lead.all', criteria: MATCH_ALL },
  ],
  opportunity: [
    {
      key: 'open',
      name: 'views.names.opportunity.open',
      columns: OPPORTUNITY_COLUMNS,
      criteria: where(OPEN_OPPORTUNITY),
    },
    {
      key: 'my_open',
      name: 'views.names.opportunity.my_open',
      columns: OPPORTUNITY_COLUMNS,
      criteria: where(MINE, OPEN_OPPORTUNITY),
    },
    {
      key: 'closing_this_month',
      name: 'views.names.opportunity.closing_this_month',
      columns: OPPORTUNITY_COLUMNS,
      sort: { field: 'estimated_close_date', dir: 'asc' },
      criteria: where(OPEN_OPPORTUNITY, { kind: 'condition', field: 'estimated_close_date', op: 'this_month' }),
    },
    {
      key: 'won',
      name: 'views.names.opportunity.won',
      columns: ['customer', 'actual_revenue', 'actual_close_date', 'owner_id'],
      sort: { field: 'actual_close_date', dir: 'desc' },
      criteria: where(statusIn('won')),
    },
    {
      key: 'lost',
      name: 'views.names.opportunity.lost',
      columns: ['customer', 'status_reason', 'competitor_id', 'actual_close_date', 'owner_id'],
      sort: { field: 'actual_close_date', dir: 'desc' },
      criteria: where(statusIn('lost')),
    },
  ],
  quote: [
    { key: 'draft_active', name: 'views.names.quote.draft_active', criteria: where(statusIn('draft', 'active')) },
    { key: 'mine', name: 'views.names.quote.mine', criteria: where(MINE) },
    { key: 'won', name: 'views.names.quote.won', criteria: where(statusIn('won')) },
  ],
  sales_order: [
    {
      key: 'active',
      name: 'views.names.sales_order.active',
      criteria: where(statusIn('active', 'partially_fulfilled')),
    },
    {
      key: 'fulfilled',
      name: 'views.names.sales_order.fulfilled',
      columns: ['order_number', 'customer', 'total_amount', 'date_fulfilled', 'owner_id'],
      sort: { field: 'date_fulfilled', dir: 'desc' },
      criteria: where(statusIn('fulfilled')),
    },
    { key: 'canceled', name: 'views.names.sales_order.canceled', criteria: where(statusIn('canceled')) },
  ],
  invoice: [
    {
      key: 'unpaid',
      name: 'views.names.invoice.unpaid',
      sort: { field: 'due_date', dir: 'asc' },
      criteria: where(UNPAID_INVOICE),
    },
    {
      key: 'overdue',
      name: 'views.names.invoice.overdue',
      sort: { field: 'due_date', dir: 'asc' },
      criteria: where(UNPAID_INVOICE, { kind: 'condition', field: 'due_date', op: 'before_now' }),
    },
    { key: 'paid', name: 'views.names.invoice.paid', criteria: where(statusIn('paid')) },
  ],
  product: [
    { key: 'active', name: 'views.names.product.active', criteria: where(statusIn('active')) },
    { key: 'drafts', name: 'views.names.product.drafts', criteria: where(statusIn('draft')) },
    { key: 'retired', name: 'views.names.product.retired', criteria: where(statusIn('retired')) },
  ],
  campaign: [
    {
      key: 'active',
      name: 'views.names.campaign.active',
      criteria: where({ kind: 'condition', field: 'status', op: 'not_in', value: ['completed', 'canceled'] }),
    },
  ],
  competitor: allActive('competitor'),
  sales_target: allActive('sales_target'),
  unit_group: allActive('unit_group'),
  discount_list: allActive('discount_list'),
  price_list: allActive('price_list'),
};

const SYSTEM_VIEWS: Readonly<Record<string, readonly SystemViewDef[]>> = {
  ...SALES_VIEWS,
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
