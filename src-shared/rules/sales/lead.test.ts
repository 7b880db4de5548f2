import { describe, expect, it } from 'vitest';
import {
  checkLeadEdit,
  disqualifyLead,
  isLeadFieldEditable,
  LEAD_STATUSES,
  qualifyLead,
  reactivateLead,
  setOpenLeadStatus,
  type LeadStatus,
} from './lead';

const lead = (status: LeadStatus) => ({ status });
const produced = { accountId: 'acc-1', contactId: 'con-1', opportunityId: 'opp-1' };

describe('lead lifecycle', () => {
  it('qualifies an open lead and links what it produced', () => {
    for (const status of ['new', 'contacted'] as const) {
      expect(qualifyLead(lead(status), produced)).toEqual({
        ok: true,
        changes: {
          status: 'qualified',
          status_reason: 'qualified',
          qualified_account_id: 'acc-1',
          qualified_contact_id: 'con-1',
          qualified_opportunity_id: 'opp-1',
        },
      });
    }
  });

  it('refuses to qualify a lead that is already qualified or disqualified', () => {
    for (const status of ['qualified', 'disqualified'] as const) {
      expect(qualifyLead(lead(status), produced)).toEqual({
        ok: false,
        issue: { messageKey: 'sales.lead.not_open', params: { status } },
      });
    }
  });

  it('disqualifies an open lead with one of the reasons', () => {
    expect(disqualifyLead(lead('new'), 'cannot_contact')).toEqual({
      ok: true,
      changes: { status: 'disqualified', status_reason: 'cannot_contact' },
    });
    expect(disqualifyLead(lead('contacted'), 'no_longer_interested').ok).toBe(true);
  });

  it('refuses to disqualify without a known reason, or a closed lead', () => {
    expect(disqualifyLead(lead('new'), 'bored')).toEqual({
      ok: false,
      issue: { messageKey: 'sales.lead.disqualify_reason_required', params: {} },
    });
    expect(disqualifyLead(lead('qualified'), 'lost').ok).toBe(false);
    expect(disqualifyLead(lead('disqualified'), 'lost').ok).toBe(false);
  });

  it('reactivates a closed lead as new, and refuses an open one', () => {
    expect(reactivateLead(lead('qualified'))).toEqual({ ok: true, changes: { status: 'new', status_reason: null } });
    expect(reactivateLead(lead('disqualified')).ok).toBe(true);
    expect(reactivateLead(lead('contacted'))).toEqual({
      ok: false,
      issue: { messageKey: 'sales.lead.already_open', params: {} },
    });
  });

  it('moves between new and contacted only while open', () => {
    expect(setOpenLeadStatus(lead('new'), 'contacted')).toEqual({
      ok: true,
      changes: { status: 'contacted', status_reason: null },
    });
    expect(setOpenLeadStatus(lead('contacted'), 'new').ok).toBe(true);
    expect(setOpenLeadStatus(lead('qualified'), 'contacted').ok).toBe(false);
  });

  it('makes a closed lead read-only except for its owner', () => {
    for (const status of LEAD_STATUSES) {
      const open = status === 'new' || status === 'contacted';
      expect(isLeadFieldEditable(status, 'topic'), status).toBe(open);
      expect(isLeadFieldEditable(status, 'owner_id'), status).toBe(true);
    }
    expect(checkLeadEdit(lead('qualified'), ['owner_id', 'email'])).toEqual({
      ok: false,
      issue: { messageKey: 'sales.lead.read_only', params: { field: 'email' } },
    });
    expect(checkLeadEdit(lead('qualified'), ['owner_id']).ok).toBe(true);
    expect(checkLeadEdit(lead('new'), ['email', 'topic']).ok).toBe(true);
  });
});
