import { allow, refuse, type Transition } from './transition';

/**
 * The life of a quote (Dynamics 365 Sales): a Draft is edited freely;
 * Activate locks it to be sent; an active quote is then Won (it becomes an
 * order), Lost, or Closed (canceled, or replaced by a revision). Revise makes
 * a new draft with the same number and the next revision, so what the
 * customer was sent is never changed.
 */

export const QUOTE_STATUSES = ['draft', 'active', 'won', 'lost', 'closed'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** Why a quote was closed without being won. */
export const QUOTE_CLOSE_REASONS = ['canceled', 'revised'] as const;
export type QuoteCloseReason = (typeof QUOTE_CLOSE_REASONS)[number];

export interface QuoteState {
  readonly status: QuoteStatus;
}

export interface QuoteStatusChanges {
  readonly status: QuoteStatus;
  readonly status_reason: QuoteCloseReason | null;
}

/** Only a draft is edited; everything after Activate is what the customer saw. */
export function checkQuoteEdit(quote: QuoteState): Transition<null> {
  if (quote.status === 'draft') return allow(null);
  return refuse(quote.status === 'active' ? 'sales.quote.locked' : 'sales.quote.closed', { status: quote.status });
}

export function activateQuote(quote: QuoteState): Transition<QuoteStatusChanges> {
  if (quote.status !== 'draft') return refuse('sales.quote.activate_only_draft', { status: quote.status });
  return allow({ status: 'active', status_reason: null });
}

/** Lost: the customer said no to an active quote. A draft was never sent, so it is closed, not lost. */
export function loseQuote(quote: QuoteState): Transition<QuoteStatusChanges> {
  if (quote.status !== 'active') return refuse('sales.quote.lose_only_active', { status: quote.status });
  return allow({ status: 'lost', status_reason: null });
}

/** Closed as canceled; also what closing the opportunity does to its open quotes. */
export function closeQuote(quote: QuoteState): Transition<QuoteStatusChanges> {
  if (quote.status !== 'draft' && quote.status !== 'active')
    return refuse('sales.quote.already_closed', { status: quote.status });
  return allow({ status: 'closed', status_reason: 'canceled' });
}

export interface QuoteIdentity extends QuoteState {
  readonly quote_number: string;
  readonly revision: number;
}

export interface ReviseChanges {
  /** What changes on the quote being revised (nothing when it was already lost or closed). */
  readonly original: Partial<QuoteStatusChanges>;
  /** The new draft: a copy of the quote (and its lines) with these values. */
  readonly revision: {
    readonly status: 'draft';
    readonly status_reason: null;
    readonly quote_number: string;
    readonly revision: number;
  };
}

/**
 * Revise is offered, as in Dynamics, on an active quote (which is then
 * closed as revised) and on a lost or closed one (which stays as it is). A
 * draft is simply edited; a won quote already became an order.
 */
export function reviseQuote(quote: QuoteIdentity): Transition<ReviseChanges> {
  if (quote.status === 'draft') return refuse('sales.quote.revise_draft');
  if (quote.status === 'won') return refuse('sales.quote.revise_won');
  return allow({
    original: quote.status === 'active' ? { status: 'closed', status_reason: 'revised' } : {},
    revision: { status: 'draft', status_reason: null, quote_number: quote.quote_number, revision: quote.revision + 1 },
  });
}

/**
 * The document-level values a document takes over from the one it is made
 * from: an order from its quote, a quote from its opportunity, a revision
 * from the quote it revises, an invoice from its order.
 */
export const DOCUMENT_FIELDS_CARRIED = [
  'name',
  'customer',
  'opportunity_id',
  'price_list_id',
  'currency',
  'exchange_rate',
  'discount_percent',
  'discount_amount',
  'freight_amount',
  'payment_terms',
  'bill_to',
  'ship_to',
  'owner_id',
  'description',
] as const;

export type QuoteForOrder = QuoteState & {
  readonly id: string;
  readonly opportunity_id: string | null;
  readonly lines: readonly object[];
} & Partial<Record<(typeof DOCUMENT_FIELDS_CARRIED)[number], unknown>>;

export interface WinChanges<L> {
  readonly quote: QuoteStatusChanges;
  /** The new order: the quote's values and every line exactly as quoted, in order. */
  readonly order: Record<string, unknown> & { readonly quote_id: string; readonly lines: L[] };
  /** The opportunity the UI offers to close as won, if the quote has one. */
  readonly offerToCloseOpportunityId: string | null;
}

export function winQuote<Q extends QuoteForOrder>(quote: Q): Transition<WinChanges<Q['lines'][number]>> {
  if (quote.status === 'lost') return refuse('sales.quote.convert_lost');
  if (quote.status !== 'active') return refuse('sales.quote.win_only_active', { status: quote.status });
  const order: Record<string, unknown> = {};
  for (const field of DOCUMENT_FIELDS_CARRIED) if (field in quote) order[field] = quote[field];
  return allow({
    quote: { status: 'won', status_reason: null },
    order: { ...order, quote_id: quote.id, lines: quote.lines.map((line) => ({ ...line })) },
    offerToCloseOpportunityId: quote.opportunity_id,
  });
}
