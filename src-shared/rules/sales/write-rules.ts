import type { FieldIssue, FieldValue, RecordValues } from '../../api';
import { offeredChoices, type EntityDef } from '../../entities/types';
import { issueAt } from '../../query/issues';
import { sameFieldValue } from '../records/validate-values';
import type { WriteRule, WriteRuleInput, WriteRuleOutcome } from '../write-rules';
import { dueDate, PAYMENT_TERMS, type InvoiceStatus, type PaymentTerms } from './invoice';
import { isLeadOpen, LEAD_FIELDS_EDITABLE_WHEN_CLOSED, type LeadStatus } from './lead';
import { OPPORTUNITY_FIELDS_EDITABLE_WHEN_CLOSED, type OpportunityStatus } from './opportunity';
import type { OrderStatus } from './order';
import type { QuoteStatus } from './quote';

/**
 * The rules every write of a sales record passes, in the form and in main:
 * the starting status of a new record, the locks (a qualified lead, a closed
 * opportunity, an active quote, a fulfilled order, a paid invoice keep their
 * data; only their owner can change), and the checks of one record's own
 * fields (dates in order, a percentage up to 100). Status changes and the
 * values worked out from lines are the commands' (src-main/domains/sales),
 * which write with `command: true`.
 */

type Patch = Record<string, FieldValue>;

const fieldIssue = (field: string, messageKey: string, params: Record<string, string | number> = {}): FieldIssue =>
  issueAt(['values', field], messageKey, params);

const done = (patch: Patch = {}, issues: FieldIssue[] = []): WriteRuleOutcome => ({ patch, issues });

/** The fields this write really changes. */
function changedFields({ stored, changes }: WriteRuleInput): string[] {
  return Object.keys(changes).filter((name) => !sameFieldValue(changes[name], stored?.[name]));
}

function valueOf(input: WriteRuleInput, patch: Patch, name: string): FieldValue | undefined {
  if (name in patch) return patch[name];
  if (name in input.changes) return input.changes[name];
  return input.stored?.[name];
}

/** On create, the value a field starts with unless given. */
function startWith(input: WriteRuleInput, patch: Patch, name: string, value: FieldValue): void {
  if (input.mode === 'create' && (input.changes[name] === undefined || input.changes[name] === null))
    patch[name] = value;
}

/**
 * A user's edit of a locked record: the first field it may not change, if
 * any. Commands are not held by the lock (Reopen, Record payment…).
 */
function lockedField(input: WriteRuleInput, locked: boolean, editable: ReadonlySet<string>): string | undefined {
  if (input.command || input.mode !== 'update' || !locked) return undefined;
  return changedFields(input).find((name) => !editable.has(name));
}

function checkDateOrder(input: WriteRuleInput, patch: Patch, from: string, to: string, key: string): FieldIssue[] {
  const start = valueOf(input, patch, from);
  const end = valueOf(input, patch, to);
  return typeof start === 'string' && typeof end === 'string' && end < start ? [fieldIssue(to, key)] : [];
}

/** A percentage is a money column (exact decimal): 0 to 100. */
function checkPercent(input: WriteRuleInput, name: string): FieldIssue[] {
  const value = input.changes[name];
  if (typeof value !== 'string') return [];
  const n = Number(value);
  return n < 0 || n > 100 ? [fieldIssue(name, 'sales.document.percent_range')] : [];
}

const lead: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'status', 'new');
  const status = (input.stored?.['status'] ?? 'new') as LeadStatus;
  const blocked = lockedField(input, !isLeadOpen(status), LEAD_FIELDS_EDITABLE_WHEN_CLOSED);
  if (blocked) return done({}, [fieldIssue(blocked, 'sales.lead.read_only', { field: blocked })]);
  const to = valueOf(input, patch, 'status');
  if (!input.command && (to === 'qualified' || to === 'disqualified') && !sameFieldValue(to, input.stored?.['status']))
    return done({}, [fieldIssue('status', 'sales.lead.use_commands')]);
  return done(patch);
};

/** A new opportunity starts at the first offered stage of the (editable) sales-stage list. */
function firstStage(entity: EntityDef): string {
  const field = entity.fields.find((f) => f.name === 'sales_stage');
  return (field?.type === 'choice' ? offeredChoices(field)[0] : undefined) ?? 'qualify';
}

const opportunity: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'status', 'open');
  startWith(input, patch, 'status_reason', 'in_progress');
  startWith(input, patch, 'sales_stage', firstStage(input.entity));
  startWith(input, patch, 'revenue_mode', 'user_provided');
  const status = (input.stored?.['status'] ?? 'open') as OpportunityStatus;
  const blocked = lockedField(input, status !== 'open', OPPORTUNITY_FIELDS_EDITABLE_WHEN_CLOSED);
  if (blocked) return done({}, [fieldIssue(blocked, 'sales.opportunity.read_only', { field: blocked })]);
  if (
    !input.command &&
    valueOf(input, patch, 'revenue_mode') === 'calculated' &&
    'estimated_revenue' in input.changes &&
    !sameFieldValue(input.changes['estimated_revenue'], input.stored?.['estimated_revenue'])
  )
    return done({}, [fieldIssue('estimated_revenue', 'sales.opportunity.revenue_calculated')]);
  return done(patch, checkPercent(input, 'discount_percent'));
};

const OWNER_ONLY: ReadonlySet<string> = new Set(['owner_id']);

const quote: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'status', 'draft');
  startWith(input, patch, 'revision', 0);
  const status = (input.stored?.['status'] ?? 'draft') as QuoteStatus;
  const blocked = lockedField(input, status !== 'draft', OWNER_ONLY);
  if (blocked)
    return done({}, [
      fieldIssue(blocked, status === 'active' ? 'sales.quote.locked' : 'sales.quote.closed', { status }),
    ]);
  return done(patch, [
    ...checkDateOrder(input, patch, 'effective_from', 'effective_to', 'sales.quote.effective_dates'),
    ...checkPercent(input, 'discount_percent'),
  ]);
};

const salesOrder: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'status', 'active');
  startWith(input, patch, 'prices_locked', false);
  const status = (input.stored?.['status'] ?? 'active') as OrderStatus;
  const blocked = lockedField(input, status === 'fulfilled' || status === 'canceled', OWNER_ONLY);
  if (blocked) return done({}, [fieldIssue(blocked, 'sales.order.closed', { status })]);
  return done(patch, checkPercent(input, 'discount_percent'));
};

const invoice: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'status', 'active');
  startWith(input, patch, 'amount_paid', '0');
  const status = (input.stored?.['status'] ?? 'active') as InvoiceStatus;
  const blocked = lockedField(input, status !== 'active', OWNER_ONLY);
  if (blocked) return done({}, [fieldIssue(blocked, 'sales.invoice.read_only', { status })]);
  const date = valueOf(input, patch, 'invoice_date');
  const terms = valueOf(input, patch, 'payment_terms');
  const due =
    typeof date === 'string' && (PAYMENT_TERMS as readonly unknown[]).includes(terms)
      ? dueDate(date, terms as PaymentTerms)
      : typeof date === 'string'
        ? date
        : null;
  if (!sameFieldValue(due, input.stored?.['due_date'] ?? null)) patch['due_date'] = due;
  return done(patch, checkPercent(input, 'discount_percent'));
};

const product: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'status', 'draft');
  startWith(input, patch, 'structure', 'product');
  startWith(input, patch, 'product_type', 'goods');
  startWith(input, patch, 'quantity_decimals', 0);
  const structure = valueOf(input, patch, 'structure');
  if (structure === 'bundle') startWith(input, patch, 'bundle_pricing', 'components');
  return done(patch);
};

const priceList: WriteRule = (input) =>
  done({}, checkDateOrder(input, {}, 'valid_from', 'valid_to', 'validation.pricing.price_list_dates'));

const priceListItem: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'rounding_policy', 'none');
  const method = valueOf(input, patch, 'pricing_method');
  const issues: FieldIssue[] = [];
  if (method === 'currency_amount') {
    if (typeof valueOf(input, patch, 'amount') !== 'string')
      issues.push(fieldIssue('amount', 'sales.catalog.amount_required'));
  } else if (typeof method === 'string' && typeof valueOf(input, patch, 'percent') !== 'string') {
    issues.push(fieldIssue('percent', 'sales.catalog.percent_required'));
  }
  const policy = valueOf(input, patch, 'rounding_policy');
  if (policy && policy !== 'none' && typeof valueOf(input, patch, 'rounding_amount') !== 'string')
    issues.push(fieldIssue('rounding_amount', 'sales.catalog.rounding_amount_required'));
  return done(patch, issues);
};

const discountRange: WriteRule = (input) => {
  const begin = valueOf(input, {}, 'begin_quantity');
  const end = valueOf(input, {}, 'end_quantity');
  const issues: FieldIssue[] = [];
  if (typeof begin === 'string' && Number(begin) < 0)
    issues.push(fieldIssue('begin_quantity', 'sales.catalog.quantity_negative'));
  if (typeof begin === 'string' && typeof end === 'string' && Number(end) < Number(begin))
    issues.push(fieldIssue('end_quantity', 'validation.pricing.range_order'));
  return done({}, issues);
};

const unit: WriteRule = (input) => {
  const patch: Patch = {};
  startWith(input, patch, 'is_base', false);
  return done(patch);
};

export const SALES_WRITE_RULES: Readonly<Record<string, WriteRule>> = {
  lead,
  opportunity,
  quote,
  sales_order: salesOrder,
  invoice,
  product,
  price_list: priceList,
  price_list_item: priceListItem,
  discount_range: discountRange,
  unit,
};

export type { RecordValues };
