import type { CloseOpportunityResult, LookupRef } from '../../../src-shared/api';
import { parseRef } from '../../../src-shared/rules/records/field-formats';
import {
  closeAsLost,
  closeAsWon,
  closeQuote,
  moveToStage,
  quotesToCloseWith,
  relationshipAfterWin,
  reopenOpportunity,
  type OpportunityState,
  type QuoteStatus,
} from '../../../src-shared/rules/sales';
import { findRecord, notFound, type StoredRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { allowed, refusal } from './rule-errors';
import { readSalesSettings } from './sales-settings';

/**
 * Close as won or lost, Reopen, and moving to a stage (the pipeline board's
 * drag). Closing also closes the opportunity's draft and active quotes, which
 * the user confirms first; winning makes a prospect account a customer.
 */

export type CloseInput =
  | {
      readonly outcome: 'won';
      readonly id: string;
      readonly actualRevenue?: string | undefined;
      readonly actualCloseDate: string;
      readonly closeQuotes: boolean;
    }
  | {
      readonly outcome: 'lost';
      readonly id: string;
      readonly reason: string;
      readonly competitorId?: string | null | undefined;
      readonly actualCloseDate: string;
      readonly closeQuotes: boolean;
    };

export function loadOpportunity(ctx: WriteContext, id: string): StoredRecord {
  const record = findRecord(ctx.db, recordTable('opportunity'), id);
  if (!record || record.deletedAt !== null) throw notFound('opportunity', id);
  return record;
}

function state(record: StoredRecord): OpportunityState & { sales_stage: string | null } {
  const v = record.values;
  return {
    status: v['status'] as OpportunityState['status'],
    estimated_revenue: typeof v['estimated_revenue'] === 'string' ? v['estimated_revenue'] : null,
    sales_stage: typeof v['sales_stage'] === 'string' ? v['sales_stage'] : null,
  };
}

function openQuotes(ctx: WriteContext, opportunityId: string): { id: string; status: string }[] {
  const rows = ctx.db
    .stmt('SELECT id, status FROM quote WHERE opportunity_id = ? AND deleted_at IS NULL')
    .all(opportunityId) as { id: string; status: string }[];
  return quotesToCloseWith(rows);
}

export function closeOpportunity(ctx: WriteContext, input: CloseInput): CloseOpportunityResult {
  return ctx.db.transaction(() => {
    const record = loadOpportunity(ctx, input.id);
    const current = state(record);
    const changes =
      input.outcome === 'won'
        ? allowed(
            closeAsWon(current, { actualRevenue: input.actualRevenue ?? null, actualCloseDate: input.actualCloseDate }),
          )
        : allowed(
            closeAsLost(current, {
              reason: input.reason,
              actualCloseDate: input.actualCloseDate,
              competitorId: input.competitorId ?? null,
            }),
          );
    const quotes = openQuotes(ctx, record.id);
    if (quotes.length > 0 && !input.closeQuotes)
      throw refusal('sales.opportunity.open_quotes', { count: quotes.length });
    for (const q of quotes) {
      const closed = allowed(closeQuote({ status: q.status as QuoteStatus }));
      mutateRecord(ctx, { op: 'update', entity: 'quote', id: q.id, values: { ...closed }, command: true });
    }
    mutateRecord(ctx, { op: 'update', entity: 'opportunity', id: record.id, values: { ...changes }, command: true });
    let accountBecameCustomer: LookupRef | null = null;
    if (input.outcome === 'won') accountBecameCustomer = promoteCustomer(ctx, record.values['customer']);
    return { id: record.id, closedQuotes: quotes.length, accountBecameCustomer };
  });
}

/** Winning a deal with an account (or a contact's account) makes a prospect a customer. */
function promoteCustomer(ctx: WriteContext, customer: unknown): LookupRef | null {
  const ref = typeof customer === 'string' ? parseRef(customer) : null;
  if (!ref) return null;
  let accountId: string | null = ref.entity === 'account' ? ref.id : null;
  if (ref.entity === 'contact') {
    const contact = findRecord(ctx.db, recordTable('contact'), ref.id);
    accountId = typeof contact?.values['account_id'] === 'string' ? contact.values['account_id'] : null;
  }
  if (!accountId) return null;
  const account = findRecord(ctx.db, recordTable('account'), accountId);
  if (!account || account.deletedAt !== null) return null;
  const type = account.values['relationship_type'];
  const change = relationshipAfterWin(typeof type === 'string' ? type : null);
  if (!change) return null;
  mutateRecord(ctx, { op: 'update', entity: 'account', id: accountId, values: change });
  return { id: accountId, name: account.displayName };
}

export function reopen(ctx: WriteContext, id: string): void {
  const record = loadOpportunity(ctx, id);
  const changes = allowed(reopenOpportunity(state(record), readSalesSettings(ctx.db).stages));
  mutateRecord(ctx, {
    op: 'update',
    entity: 'opportunity',
    id,
    values: { ...changes, status_reason: 'in_progress' },
    command: true,
  });
}

export function moveStage(ctx: WriteContext, id: string, stage: string): void {
  const record = loadOpportunity(ctx, id);
  const changes = allowed(moveToStage(state(record), stage, readSalesSettings(ctx.db).stages));
  mutateRecord(ctx, { op: 'update', entity: 'opportunity', id, values: { ...changes } });
}
