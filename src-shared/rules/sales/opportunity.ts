import { isDate } from '../records/field-formats';
import { moneyFromUnits, moneyUnits } from './money';
import { allow, refuse, type Transition } from './transition';

/**
 * The life of an opportunity (Dynamics 365 Sales): open, moving through the
 * sales stages, then closed as Won or Lost. A closed opportunity is
 * read-only until it is reopened. Closing also closes its open quotes, and
 * winning makes a prospect account a customer.
 */

export const SALES_STAGES = ['qualify', 'develop', 'propose', 'close'] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const LOSS_REASONS = ['canceled', 'out_sold'] as const;
export type LossReason = (typeof LOSS_REASONS)[number];

/** One stage of the configured sales process and the probability an opportunity entering it takes. */
export interface SalesStageSetting {
  readonly stage: string;
  readonly probability: number;
}

/** The stages a new database starts with; an administrator edits this data, not code. */
export const DEFAULT_SALES_STAGE_SETTINGS: readonly SalesStageSetting[] = [
  { stage: 'qualify', probability: 10 },
  { stage: 'develop', probability: 40 },
  { stage: 'propose', probability: 70 },
  { stage: 'close', probability: 90 },
];

/** Checks an edited stage list: at least one stage, unique names, probabilities 0..100 in whole percent. */
export function validateSalesStageSettings(settings: readonly SalesStageSetting[]): Transition<SalesStageSetting[]> {
  if (settings.length === 0) return refuse('sales.opportunity.stages_empty');
  const seen = new Set<string>();
  for (const { stage, probability } of settings) {
    if (stage.trim() === '') return refuse('sales.opportunity.stage_name_required');
    if (seen.has(stage)) return refuse('sales.opportunity.stage_duplicate', { stage });
    seen.add(stage);
    if (!Number.isInteger(probability) || probability < 0 || probability > 100)
      return refuse('sales.opportunity.probability_range', { stage });
  }
  return allow(settings.map((s) => ({ stage: s.stage, probability: s.probability })));
}

/**
 * The probability of each stage of the configured sales process (its stage
 * list, in order): the one saved for it, else a built-in stage's default,
 * else, for a stage just added, the whole percent midway between its
 * neighbours' (0 before the first, 100 after the last), which keeps the
 * process ascending until the administrator sets it.
 */
export function stageSettingsFor(stages: readonly string[], saved: readonly SalesStageSetting[]): SalesStageSetting[] {
  const known = stages.map(
    (stage) =>
      saved.find((s) => s.stage === stage)?.probability ??
      DEFAULT_SALES_STAGE_SETTINGS.find((s) => s.stage === stage)?.probability,
  );
  return stages.map((stage, i) => {
    const own = known[i];
    if (own !== undefined) return { stage, probability: own };
    const before = known.slice(0, i).findLast((p) => p !== undefined) ?? 0;
    const after = known.slice(i + 1).find((p) => p !== undefined) ?? 100;
    return { stage, probability: Math.round((before + after) / 2) };
  });
}

export interface OpportunityState {
  readonly status: OpportunityStatus;
  readonly estimated_revenue: string | null;
}

/** Fields a closed opportunity still lets change: ownership (Assign). */
export const OPPORTUNITY_FIELDS_EDITABLE_WHEN_CLOSED: ReadonlySet<string> = new Set(['owner_id']);

export function isOpportunityClosed(status: OpportunityStatus): boolean {
  return status !== 'open';
}

export function checkOpportunityEdit(opportunity: OpportunityState, fields: readonly string[]): Transition<null> {
  if (!isOpportunityClosed(opportunity.status)) return allow(null);
  const blocked = fields.find((field) => !OPPORTUNITY_FIELDS_EDITABLE_WHEN_CLOSED.has(field));
  return blocked === undefined ? allow(null) : refuse('sales.opportunity.read_only', { field: blocked });
}

/** Moving to a stage sets its default probability; the user may then override the probability. */
export function moveToStage(
  opportunity: OpportunityState,
  stage: string,
  settings: readonly SalesStageSetting[] = DEFAULT_SALES_STAGE_SETTINGS,
): Transition<{ sales_stage: string; probability: number }> {
  if (isOpportunityClosed(opportunity.status))
    return refuse('sales.opportunity.closed', { status: opportunity.status });
  const setting = settings.find((s) => s.stage === stage);
  if (!setting) return refuse('sales.opportunity.unknown_stage', { stage });
  return allow({ sales_stage: setting.stage, probability: setting.probability });
}

export interface CloseChanges {
  readonly status: 'won' | 'lost';
  readonly status_reason: 'won' | LossReason;
  readonly actual_revenue: string | null;
  readonly actual_close_date: string;
  readonly probability: number;
  readonly competitor_id: string | null;
}

export interface WinInput {
  /** Empty means "the estimate", as the Close Opportunity dialog prefills it. */
  readonly actualRevenue?: string | null;
  readonly actualCloseDate: string;
}

export function closeAsWon(opportunity: OpportunityState, input: WinInput): Transition<CloseChanges> {
  if (isOpportunityClosed(opportunity.status))
    return refuse('sales.opportunity.closed', { status: opportunity.status });
  if (!isDate(input.actualCloseDate)) return refuse('sales.opportunity.close_date_required');
  const given = input.actualRevenue?.trim() ? input.actualRevenue : null;
  const revenue = given ?? opportunity.estimated_revenue;
  let actual: string | null = null;
  if (revenue !== null) {
    const units = moneyUnits(revenue);
    if (units === null || units < 0n) return refuse('sales.opportunity.revenue_invalid');
    actual = moneyFromUnits(units);
  }
  return allow({
    status: 'won',
    status_reason: 'won',
    actual_revenue: actual,
    actual_close_date: input.actualCloseDate,
    probability: 100,
    competitor_id: null,
  });
}

export interface LoseInput {
  readonly reason: string;
  readonly actualCloseDate: string;
  /** The competitor who won the deal, when known. */
  readonly competitorId?: string | null;
}

export function closeAsLost(opportunity: OpportunityState, input: LoseInput): Transition<CloseChanges> {
  if (isOpportunityClosed(opportunity.status))
    return refuse('sales.opportunity.closed', { status: opportunity.status });
  if (!(LOSS_REASONS as readonly string[]).includes(input.reason))
    return refuse('sales.opportunity.loss_reason_required');
  if (!isDate(input.actualCloseDate)) return refuse('sales.opportunity.close_date_required');
  return allow({
    status: 'lost',
    status_reason: input.reason as LossReason,
    actual_revenue: '0',
    actual_close_date: input.actualCloseDate,
    probability: 0,
    competitor_id: input.competitorId ?? null,
  });
}

export interface ReopenChanges {
  readonly status: 'open';
  readonly status_reason: null;
  readonly actual_revenue: null;
  readonly actual_close_date: null;
  readonly competitor_id: null;
  readonly probability: number;
}

/** Reopens a closed opportunity; its probability returns to its stage's default. */
export function reopenOpportunity(
  opportunity: OpportunityState & { readonly sales_stage: string | null },
  settings: readonly SalesStageSetting[] = DEFAULT_SALES_STAGE_SETTINGS,
): Transition<ReopenChanges> {
  if (!isOpportunityClosed(opportunity.status)) return refuse('sales.opportunity.already_open');
  const stage = settings.find((s) => s.stage === opportunity.sales_stage) ?? settings[0];
  return allow({
    status: 'open',
    status_reason: null,
    actual_revenue: null,
    actual_close_date: null,
    competitor_id: null,
    probability: stage?.probability ?? 0,
  });
}

/**
 * Winning makes a prospect (or an account not yet classified) a customer.
 * Any other relationship (a partner or vendor that buys from us) is a
 * deliberate choice and stays; null means nothing to change.
 */
export function relationshipAfterWin(relationshipType: string | null): { relationship_type: 'customer' } | null {
  return relationshipType === 'prospect' || relationshipType === null ? { relationship_type: 'customer' } : null;
}

/** The quotes closing an opportunity closes (after the user confirms): those still draft or active. */
export function quotesToCloseWith<Q extends { readonly id: string; readonly status: string }>(
  quotes: readonly Q[],
): Q[] {
  return quotes.filter((q) => q.status === 'draft' || q.status === 'active');
}
