import { DEFAULT_LEAD_SOURCES, DISQUALIFY_REASONS, LEAD_RATINGS, LEAD_STATUSES } from '../../rules/sales/lead';
import { addressFields } from '../address';
import {
  choiceField,
  dateField,
  descriptionField,
  lookupField,
  moneyField,
  ownerField,
  textField,
} from '../field-builders';
import type { EntityDef } from '../types';

const E = 'lead';

/**
 * A lead: someone who may buy, kept apart from customers (never in account or
 * contact lists or lookups) until qualified into an account, a contact and an
 * opportunity. Status changes only through Qualify, Disqualify and Reactivate.
 */
export const lead: EntityDef = {
  name: E,
  route: 'leads',
  label: 'entity.lead.one',
  pluralLabel: 'entity.lead.many',
  icon: 'target',
  siteMap: [{ area: 'sales', group: 'sales', order: 1 }],
  displayName: ['topic'],
  sections: ['summary', 'contact', 'address', 'qualification', 'details'],
  commandFields: ['status_reason', 'qualified_account_id', 'qualified_contact_id', 'qualified_opportunity_id'],
  fields: [
    textField(E, 'topic', 'summary', 200, { required: true, sortable: true, searchable: true }),
    textField(E, 'first_name', 'contact', 50, { sortable: true, searchable: true }),
    textField(E, 'last_name', 'contact', 50, { sortable: true, searchable: true }),
    textField(E, 'company_name', 'contact', 160, { sortable: true, searchable: true }),
    textField(E, 'job_title', 'contact', 100),
    textField(E, 'email', 'contact', 100, { type: 'email', sortable: true, searchable: true }),
    textField(E, 'business_phone', 'contact', 50, { type: 'phone', searchable: true }),
    textField(E, 'mobile_phone', 'contact', 50, { type: 'phone', searchable: true }),
    ...addressFields(),
    choiceField(E, 'lead_source', DEFAULT_LEAD_SOURCES, 'lead_source', 'qualification', { sortable: true }),
    lookupField(E, 'source_campaign_id', 'campaign', 'qualification'),
    choiceField(E, 'rating', LEAD_RATINGS, 'lead_rating', 'qualification', { sortable: true }),
    choiceField(E, 'status', LEAD_STATUSES, 'lead_status', 'summary', { sortable: true }),
    choiceField(E, 'status_reason', DISQUALIFY_REASONS, 'lead_disqualify_reason', 'summary', { readOnly: true }),
    moneyField(E, 'estimated_value', 'qualification', { sortable: true }),
    dateField(E, 'estimated_close_date', 'qualification', { sortable: true }),
    lookupField(E, 'qualified_account_id', 'account', 'qualification', { readOnly: true }),
    lookupField(E, 'qualified_contact_id', 'contact', 'qualification', { readOnly: true }),
    lookupField(E, 'qualified_opportunity_id', 'opportunity', 'qualification', { readOnly: true }),
    ownerField('details'),
    descriptionField('details'),
  ],
  listColumns: ['company_name', 'status', 'rating', 'lead_source', 'email', 'business_phone', 'owner_id'],
  detailFields: ['company_name', 'email'],
  relatedLists: [
    {
      entity: 'activity',
      via: 'regarding',
      label: 'related.common.activities',
      columns: ['activity_type', 'status', 'due_date', 'scheduled_start'],
    },
  ],
};
