import type { MethodInput, RecordValues } from '../../src-shared/api';

export type LinkMode = 'new' | 'existing' | 'none';

export interface LinkChoice {
  readonly mode: LinkMode;
  /** The record to link, when `mode` is `existing`. */
  readonly id: string | null;
}

export interface QualifyChoice {
  readonly account: LinkChoice;
  readonly contact: LinkChoice;
  readonly createOpportunity: boolean;
}

const text = (values: RecordValues, field: string) => {
  const value = values[field];
  return typeof value === 'string' ? value.trim() : '';
};

/** "Ann Lee": the person a lead names, or empty. */
export function leadPersonName(values: RecordValues): string {
  return [text(values, 'first_name'), text(values, 'last_name')].filter(Boolean).join(' ');
}

const filled = (values: RecordValues): RecordValues =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));

/** The account qualifying would create from the lead, as the duplicate rules compare it (empty values left out). */
export function accountValuesOfLead(values: RecordValues): RecordValues {
  return filled({
    name: text(values, 'company_name'),
    email: text(values, 'email'),
    phone: text(values, 'business_phone'),
  });
}

/** The contact qualifying would create from the lead, as the duplicate rules compare it (empty values left out). */
export function contactValuesOfLead(values: RecordValues): RecordValues {
  return filled({
    first_name: text(values, 'first_name'),
    last_name: text(values, 'last_name') || text(values, 'first_name'),
    email: text(values, 'email'),
    business_phone: text(values, 'business_phone'),
    mobile_phone: text(values, 'mobile_phone'),
  });
}

/** What the dialog starts with: create what the lead has the data for, and an opportunity. */
export function initialQualifyChoice(values: RecordValues): QualifyChoice {
  return {
    account: { mode: text(values, 'company_name') ? 'new' : 'none', id: null },
    contact: { mode: leadPersonName(values) ? 'new' : 'none', id: null },
    createOpportunity: true,
  };
}

export type QualifyInputResult =
  | { readonly ok: true; readonly input: MethodInput<'leads.qualify'> }
  | {
      readonly ok: false;
      /** i18n keys per part of the dialog. */
      readonly errors: { readonly account?: string; readonly contact?: string; readonly opportunity?: string };
    };

export function qualifyInputOf(leadId: string, choice: QualifyChoice): QualifyInputResult {
  const errors: { account?: string; contact?: string; opportunity?: string } = {};
  if (choice.account.mode === 'existing' && !choice.account.id) errors.account = 'sales_form.qualify.need_account';
  if (choice.contact.mode === 'existing' && !choice.contact.id) errors.contact = 'sales_form.qualify.need_contact';
  if (choice.createOpportunity && choice.account.mode === 'none' && choice.contact.mode === 'none')
    errors.opportunity = 'sales_form.qualify.need_customer';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const link = (c: LinkChoice) =>
    c.mode === 'existing' && c.id ? { mode: 'existing' as const, id: c.id } : { mode: c.mode as 'new' | 'none' };
  return {
    ok: true,
    input: {
      id: leadId,
      account: link(choice.account),
      contact: link(choice.contact),
      createOpportunity: choice.createOpportunity,
    },
  };
}
