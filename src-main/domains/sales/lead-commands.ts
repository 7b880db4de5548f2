import type { LookupRef, QualifyResult, RecordValues } from '../../../src-shared/api';
import { formatRef } from '../../../src-shared/rules/records/field-formats';
import { disqualifyLead, qualifyLead, reactivateLead, type LeadStatus } from '../../../src-shared/rules/sales';
import { findRecord, notFound, type StoredRecord } from '../records/load-row';
import { mutateRecord } from '../records/mutate-record';
import { recordTable } from '../records/record-table';
import type { WriteContext } from '../records/write-context';
import { allowed, refusal } from './rule-errors';

/**
 * Qualify, Disqualify and Reactivate a lead. Qualifying creates or links an
 * account and a contact and creates an opportunity carrying the lead's data,
 * source and campaign, then closes the lead linked to all three: one
 * transaction, so a refusal anywhere leaves nothing behind.
 */

export type LinkChoice = { readonly mode: 'existing'; readonly id: string } | { readonly mode: 'new' | 'none' };

export interface QualifyInput {
  readonly id: string;
  readonly account: LinkChoice;
  readonly contact: LinkChoice;
  readonly createOpportunity: boolean;
}

function loadLive(ctx: WriteContext, entity: string, id: string): StoredRecord {
  const record = findRecord(ctx.db, recordTable(entity), id);
  if (!record || record.deletedAt !== null) throw notFound(entity, id);
  return record;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function pick(values: RecordValues, names: readonly string[]): RecordValues {
  const out: RecordValues = {};
  for (const name of names) if (values[name] !== null && values[name] !== undefined) out[name] = values[name];
  return out;
}

const ADDRESS = ['address_street', 'address_city', 'address_state', 'address_postal_code', 'address_country'];

function ref(ctx: WriteContext, entity: string, id: string): LookupRef {
  return { id, name: loadLive(ctx, entity, id).displayName };
}

export function qualify(ctx: WriteContext, input: QualifyInput): QualifyResult {
  return ctx.db.transaction(() => {
    const lead = loadLive(ctx, 'lead', input.id);
    const v = lead.values;
    // Refuse a closed lead before creating anything.
    allowed(
      qualifyLead({ status: v['status'] as LeadStatus }, { accountId: null, contactId: null, opportunityId: null }),
    );
    const owner = text(v['owner_id']);
    const owned: RecordValues = owner ? { owner_id: owner } : {};

    let accountId: string | null = null;
    if (input.account.mode === 'existing') accountId = loadLive(ctx, 'account', input.account.id).id;
    else if (input.account.mode === 'new') {
      const name = text(v['company_name']);
      if (!name) throw refusal('sales.lead.no_company');
      accountId = mutateRecord(ctx, {
        op: 'create',
        entity: 'account',
        values: {
          name,
          relationship_type: 'prospect',
          ...pick(v, ['email', ...ADDRESS]),
          ...(text(v['business_phone']) ? { phone: v['business_phone'] } : {}),
          ...owned,
        },
      }).id;
    }

    let contactId: string | null = null;
    if (input.contact.mode === 'existing') contactId = loadLive(ctx, 'contact', input.contact.id).id;
    else if (input.contact.mode === 'new') {
      if (!text(v['last_name']) && !text(v['first_name'])) throw refusal('sales.lead.no_name');
      contactId = mutateRecord(ctx, {
        op: 'create',
        entity: 'contact',
        values: {
          ...pick(v, ['first_name', 'last_name', 'job_title', 'email', 'business_phone', 'mobile_phone', ...ADDRESS]),
          ...(text(v['last_name']) ? {} : { last_name: v['first_name'] }),
          ...(accountId ? { account_id: accountId } : {}),
          ...owned,
        },
      }).id;
    }

    let opportunityId: string | null = null;
    if (input.createOpportunity) {
      const customer = accountId ? formatRef('account', accountId) : contactId ? formatRef('contact', contactId) : null;
      if (!customer) throw refusal('sales.lead.no_customer');
      opportunityId = mutateRecord(ctx, {
        op: 'create',
        entity: 'opportunity',
        values: {
          name: v['topic'] ?? null,
          customer,
          ...(v['estimated_value'] ? { estimated_revenue: v['estimated_value'] } : {}),
          ...(v['estimated_close_date'] ? { estimated_close_date: v['estimated_close_date'] } : {}),
          ...pick(v, ['lead_source', 'source_campaign_id', 'description']),
          originating_lead_id: lead.id,
          ...owned,
        },
        command: true,
      }).id;
    }

    const changes = allowed(
      qualifyLead({ status: v['status'] as LeadStatus }, { accountId, contactId, opportunityId }),
    );
    mutateRecord(ctx, {
      op: 'update',
      entity: 'lead',
      id: lead.id,
      values: { ...changes, status_reason: null },
      command: true,
    });
    return {
      account: accountId ? ref(ctx, 'account', accountId) : null,
      contact: contactId ? ref(ctx, 'contact', contactId) : null,
      opportunity: opportunityId ? ref(ctx, 'opportunity', opportunityId) : null,
    };
  });
}

export function disqualify(ctx: WriteContext, id: string, reason: string): void {
  const lead = loadLive(ctx, 'lead', id);
  const changes = allowed(disqualifyLead({ status: lead.values['status'] as LeadStatus }, reason));
  mutateRecord(ctx, { op: 'update', entity: 'lead', id, values: { ...changes }, command: true });
}

export function reactivate(ctx: WriteContext, id: string): void {
  const lead = loadLive(ctx, 'lead', id);
  const changes = allowed(reactivateLead({ status: lead.values['status'] as LeadStatus }));
  mutateRecord(ctx, { op: 'update', entity: 'lead', id, values: { ...changes }, command: true });
}
