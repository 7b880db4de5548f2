import { choiceField, dateField, descriptionField, moneyField, ownerField, textField } from '../field-builders';
import type { EntityDef } from '../types';

const E = 'campaign';

export const CAMPAIGN_TYPES = ['advertisement', 'direct_marketing', 'event', 'co_branding', 'other'] as const;
export const CAMPAIGN_STATUSES = ['proposed', 'ready', 'launched', 'completed', 'canceled', 'suspended'] as const;

/**
 * A marketing campaign: what a lead's source campaign points at, so lead
 * effectiveness can be reported per campaign. The marketing work area builds
 * campaign activities, lists and responses on it.
 */
export const campaign: EntityDef = {
  name: E,
  route: 'campaigns',
  label: 'entity.campaign.one',
  pluralLabel: 'entity.campaign.many',
  icon: 'speakerphone',
  siteMap: [{ area: 'marketing', group: 'marketing', order: 2 }],
  displayName: ['name'],
  sections: ['summary', 'schedule', 'financials', 'details'],
  fields: [
    textField(E, 'name', 'summary', 200, { required: true, sortable: true, searchable: true }),
    textField(E, 'code', 'summary', 32, { sortable: true, searchable: true }),
    choiceField(E, 'campaign_type', CAMPAIGN_TYPES, 'campaign_type', 'summary', { sortable: true }),
    choiceField(E, 'status', CAMPAIGN_STATUSES, 'campaign_status', 'summary', { sortable: true }),
    dateField(E, 'proposed_start', 'schedule', { sortable: true }),
    dateField(E, 'proposed_end', 'schedule', { sortable: true }),
    dateField(E, 'actual_start', 'schedule'),
    dateField(E, 'actual_end', 'schedule'),
    moneyField(E, 'budget', 'financials'),
    moneyField(E, 'expected_revenue', 'financials'),
    ownerField('details'),
    descriptionField('details'),
  ],
  listColumns: ['code', 'campaign_type', 'status', 'proposed_start', 'proposed_end', 'owner_id'],
  detailFields: ['code'],
  relatedLists: [
    { entity: 'lead', via: 'source_campaign_id', label: 'related.campaign.leads', columns: ['status', 'rating'] },
  ],
};
