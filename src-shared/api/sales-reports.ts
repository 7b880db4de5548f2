import { z } from 'zod';
import { isDate } from '../rules/records/field-formats';
import { isMonthKey, TARGET_PERIOD_TYPES } from '../rules/sales-reports/periods';
import type { Figures } from '../rules/sales-reports/tally';
import { recordId, type LookupRef } from './records';

/**
 * The sales reports: the pipeline board, the funnel, the weighted forecast,
 * lead-source effectiveness, sales-target attainment, product sales by
 * month, and a competitor's won and lost deals.
 *
 * Every amount is a canonical decimal string in the base currency of the
 * sales settings (`currency` of each result). An opportunity's revenue is
 * in the opportunity's own currency, and an invoice line's in its
 * invoice's: each is converted with the exchange rate its record recorded
 * (so changing a rate in Settings does not rewrite past revenue), or the
 * settings' rate when the record has none. Amounts that have no rate at
 * all are left out and their currency is named in `unconverted`.
 * Rounding: rules/sales-reports/amounts.ts.
 */

const month = z.string().refine(isMonthKey, { message: 'Not a month (YYYY-MM)' });
const date = z
  .string()
  .max(10)
  .refine((v) => isDate(v), { message: 'Not a date (YYYY-MM-DD)' });

export type { Figures } from '../rules/sales-reports/tally';

/** An owner of records: a user or a team. */
export interface ReportOwner extends LookupRef {
  readonly kind: 'user' | 'team';
}

/** Things every report result carries. */
export interface ReportBase {
  /** The base currency every amount is in. */
  readonly currency: string;
  /** Currencies whose amounts are left out, for want of an exchange rate. */
  readonly unconverted: readonly string[];
}

// ---- Pipeline and funnel ------------------------------------------------------

export const PIPELINE_DEFAULT_CARDS = 50;
export const PIPELINE_MAX_CARDS = 200;

export const pipelineInput = z
  .object({
    /** Only this owner's opportunities (a user or a team). */
    ownerId: recordId.optional(),
    /** Cards listed per stage, soonest estimated close date first; the rest are counted in `more`. */
    cardsPerStage: z.number().int().min(1).max(PIPELINE_MAX_CARDS).optional(),
  })
  .strict();

export interface PipelineCard {
  readonly id: string;
  readonly name: string;
  /** `"<entity>:<id>"` and the account's or contact's name. */
  readonly customer: { readonly ref: string; readonly name: string } | null;
  /** In the opportunity's own currency. */
  readonly estimatedRevenue: string | null;
  readonly currency: string | null;
  readonly probability: number | null;
  readonly estimatedCloseDate: string | null;
  readonly owner: ReportOwner | null;
}

export interface StageFigures extends Figures {
  /**
   * The stage value; `""` gathers open opportunities with no stage. Stages
   * come in the order of the sales settings, then stages no longer
   * configured that open opportunities still hold.
   */
  readonly stage: string;
  /** Whether the stage is one of the configured stages (cards can be moved into it). */
  readonly configured: boolean;
}

export interface PipelineColumn extends StageFigures {
  readonly cards: readonly PipelineCard[];
  /** Open opportunities of the stage not among `cards`. */
  readonly more: number;
}

export interface Pipeline extends ReportBase {
  readonly columns: readonly PipelineColumn[];
  readonly total: Figures;
}

export const funnelInput = z.object({ ownerId: recordId.optional() }).strict();

export interface Funnel extends ReportBase {
  /** Open opportunities per stage, in the stages' order. */
  readonly stages: readonly StageFigures[];
  readonly total: Figures;
}

// ---- Forecast -----------------------------------------------------------------

export const FORECAST_MAX_MONTHS = 24;

export const forecastInput = z
  .object({
    /** First month, `YYYY-MM`. */
    from: month,
    months: z.number().int().min(1).max(FORECAST_MAX_MONTHS),
    ownerId: recordId.optional(),
  })
  .strict();

export interface ForecastCell extends Figures {
  readonly month: string;
  readonly ownerId: string;
}

export interface ForecastOwner extends ReportOwner {
  /** The owner's figures over the whole range. */
  readonly figures: Figures;
}

export interface Forecast extends ReportBase {
  readonly months: readonly string[];
  /** Owners with open opportunities in the range, by weighted amount, largest first. */
  readonly owners: readonly ForecastOwner[];
  /** Non-empty cells only. */
  readonly cells: readonly ForecastCell[];
  readonly byMonth: readonly (Figures & { readonly month: string })[];
  readonly total: Figures;
  /** Open opportunities expected to close before the range (overdue, or the range starts later). */
  readonly earlier: Figures;
  /** Open opportunities with no estimated close date. */
  readonly undated: Figures;
}

// ---- Lead sources ---------------------------------------------------------------

export const leadSourcesInput = z
  .object({
    /** Leads created on or after this day (UTC). */
    from: date.optional(),
    /** Leads created on or before this day (UTC). */
    to: date.optional(),
  })
  .strict();

export interface LeadSourceRow {
  /** The lead source value; null for leads with none. */
  readonly source: string | null;
  readonly leads: number;
  readonly qualified: number;
  readonly disqualified: number;
  /** Won opportunities that originate from these leads. */
  readonly wonOpportunities: number;
  /** Their actual revenue. */
  readonly wonRevenue: string;
}

export interface LeadSources extends ReportBase {
  /** By won revenue, then leads, largest first. */
  readonly rows: readonly LeadSourceRow[];
  readonly total: Omit<LeadSourceRow, 'source'>;
}

// ---- Sales targets ---------------------------------------------------------------

export const targetsInput = z
  .object({
    periodType: z.enum(TARGET_PERIOD_TYPES),
    /** Any month of the period, `YYYY-MM`: the month itself or its calendar quarter. */
    month,
  })
  .strict();

export interface TargetFigures {
  /** Null when no target was set. */
  readonly targetRevenue: string | null;
  readonly targetCount: number | null;
  /** Actual revenue of the opportunities won in the period (by actual close date). */
  readonly wonRevenue: string;
  readonly wonCount: number;
  /** Won revenue as a whole percentage of the target; null without a revenue target. */
  readonly revenueAttainment: number | null;
  readonly countAttainment: number | null;
}

export interface TargetRow extends TargetFigures {
  readonly owner: ReportOwner;
}

export interface TargetGroup extends TargetFigures {
  /** The team; null gathers owners in no team. */
  readonly team: LookupRef | null;
  readonly rows: readonly TargetRow[];
}

export interface TargetsReport extends ReportBase {
  readonly periodType: (typeof TARGET_PERIOD_TYPES)[number];
  readonly months: readonly string[];
  /** First day and the day after the last. */
  readonly from: string;
  readonly to: string;
  /**
   * Users have no manager in this CRM, so owners are grouped by team (a
   * user in two teams is in both groups; a team that owns records is a row
   * of its own group).
   */
  readonly groupedBy: 'team';
  readonly groups: readonly TargetGroup[];
  /** The whole sales team: every owner once. */
  readonly total: TargetFigures;
}

// ---- Product trend -----------------------------------------------------------------

export const productTrendInput = z
  .object({ from: month, months: z.number().int().min(1).max(FORECAST_MAX_MONTHS) })
  .strict();

export interface ProductMonth {
  readonly month: string;
  /** In the product's base unit. */
  readonly quantity: string;
  /** Line amounts after discounts, before tax. */
  readonly amount: string;
}

export interface ProductTrendRow {
  /** The catalog product; null for write-in products, gathered by name. */
  readonly product: (LookupRef & { readonly number: string | null }) | null;
  readonly name: string;
  /** Name of the base unit quantities are counted in; null for write-ins. */
  readonly unit: string | null;
  readonly months: readonly ProductMonth[];
  readonly quantity: string;
  readonly amount: string;
}

export interface ProductTrend extends ReportBase {
  readonly months: readonly string[];
  /** By amount over the range, largest first. */
  readonly rows: readonly ProductTrendRow[];
  readonly byMonth: readonly { readonly month: string; readonly amount: string }[];
  readonly amount: string;
}

// ---- Competitor -----------------------------------------------------------------------

export const COMPETITOR_DEALS_LIMIT = 100;

export const competitorDealsInput = z.object({ id: recordId }).strict();

export interface CompetitorDeal {
  readonly id: string;
  readonly name: string;
  readonly customer: { readonly ref: string; readonly name: string } | null;
  /** In the opportunity's currency: the estimated revenue of a lost one (what was lost), the actual of a won one. */
  readonly revenue: string | null;
  readonly currency: string | null;
  readonly closeDate: string | null;
  readonly owner: ReportOwner | null;
}

export interface CompetitorDealList {
  /** Most recently closed first, at most COMPETITOR_DEALS_LIMIT. */
  readonly deals: readonly CompetitorDeal[];
  /** All of them, and their revenue in the base currency. */
  readonly figures: Figures;
}

export interface CompetitorDeals extends ReportBase {
  /** Lost opportunities whose winning competitor was this one. */
  readonly lost: CompetitorDealList;
  /** Won opportunities that named this competitor among their competitors. */
  readonly won: CompetitorDealList;
}
