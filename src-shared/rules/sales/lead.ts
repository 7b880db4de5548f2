import { allow, refuse, type Transition } from './transition';

/**
 * The life of a lead (Dynamics 365 Sales): open as New or Contacted, then
 * closed as Qualified (it produced an account, contact and opportunity) or
 * Disqualified with a reason; Reactivate opens a closed lead again. A closed
 * lead is read-only: only the lifecycle commands and Assign change it.
 */

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = ['new', 'contacted'];

export const DISQUALIFY_REASONS = ['lost', 'cannot_contact', 'no_longer_interested', 'canceled'] as const;
export type DisqualifyReason = (typeof DISQUALIFY_REASONS)[number];

/** The lead sources a new database starts with; the list is editable. */
export const DEFAULT_LEAD_SOURCES = [
  'website',
  'campaign',
  'trade_show',
  'social_media',
  'pay_per_click',
  'purchased_list',
  'referral',
  'other',
] as const;

export const LEAD_RATINGS = ['hot', 'warm', 'cold'] as const;

/**
 * Fields a closed lead still lets change. Ownership can move (a manager
 * reassigns a departed rep's leads, closed ones included); everything else,
 * its data and its links to what it produced, is history.
 */
export const LEAD_FIELDS_EDITABLE_WHEN_CLOSED: ReadonlySet<string> = new Set(['owner_id']);

export interface LeadState {
  readonly status: LeadStatus;
}

/** What qualifying produced; each is linked from the lead (a link may be to an existing record). */
export interface QualifyResult {
  readonly accountId: string | null;
  readonly contactId: string | null;
  readonly opportunityId: string | null;
}

export interface LeadStatusChanges {
  readonly status: LeadStatus;
  readonly status_reason: DisqualifyReason | 'qualified' | null;
}

export interface QualifyChanges extends LeadStatusChanges {
  readonly qualified_account_id: string | null;
  readonly qualified_contact_id: string | null;
  readonly qualified_opportunity_id: string | null;
}

export function isLeadOpen(status: LeadStatus): boolean {
  return OPEN_LEAD_STATUSES.includes(status);
}

export function isLeadReadOnly(status: LeadStatus): boolean {
  return !isLeadOpen(status);
}

/** Whether a field may be edited on a lead in this status. */
export function isLeadFieldEditable(status: LeadStatus, field: string): boolean {
  return isLeadOpen(status) || LEAD_FIELDS_EDITABLE_WHEN_CLOSED.has(field);
}

/** Refuses an edit of a closed lead, naming the first field it may not change. */
export function checkLeadEdit(lead: LeadState, fields: readonly string[]): Transition<null> {
  const blocked = fields.find((field) => !isLeadFieldEditable(lead.status, field));
  return blocked === undefined ? allow(null) : refuse('sales.lead.read_only', { field: blocked });
}

/** New -> Contacted (and back): the only status change between open statuses. */
export function setOpenLeadStatus(lead: LeadState, to: 'new' | 'contacted'): Transition<LeadStatusChanges> {
  if (!isLeadOpen(lead.status)) return refuse('sales.lead.not_open', { status: lead.status });
  return allow({ status: to, status_reason: null });
}

export function qualifyLead(lead: LeadState, produced: QualifyResult): Transition<QualifyChanges> {
  if (!isLeadOpen(lead.status)) return refuse('sales.lead.not_open', { status: lead.status });
  return allow({
    status: 'qualified',
    status_reason: 'qualified',
    qualified_account_id: produced.accountId,
    qualified_contact_id: produced.contactId,
    qualified_opportunity_id: produced.opportunityId,
  });
}

export function disqualifyLead(lead: LeadState, reason: string): Transition<LeadStatusChanges> {
  if (!isLeadOpen(lead.status)) return refuse('sales.lead.not_open', { status: lead.status });
  if (!(DISQUALIFY_REASONS as readonly string[]).includes(reason))
    return refuse('sales.lead.disqualify_reason_required');
  return allow({ status: 'disqualified', status_reason: reason as DisqualifyReason });
}

/**
 * Reopens a closed lead as New. The links to what qualifying produced stay:
 * those records exist and keep their own history.
 */
export function reactivateLead(lead: LeadState): Transition<LeadStatusChanges> {
  if (isLeadOpen(lead.status)) return refuse('sales.lead.already_open');
  return allow({ status: 'new', status_reason: null });
}
