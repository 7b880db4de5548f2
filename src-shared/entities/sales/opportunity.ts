import { DEFAULT_LEAD_SOURCES } from '../../rules/sales/lead';
import { LOSS_REASONS, OPPORTUNITY_STATUSES, SALES_STAGES } from '../../rules/sales/opportunity';
import {
  choiceField,
  dateField,
  descriptionField,
  integerField,
  lookupField,
  moneyField,
  ownerField,
  textField,
} from '../field-builders';
import type { EntityDef } from '../types';
import { currencyField } from './currency';
import { DOCUMENT_TOTAL_FIELDS, documentTotalFields } from './document-fields';

const E = 'opportunity';

export const REVENUE_MODES = ['user_provided', 'calculated'] as const;
export const PURCHASE_TIMEFRAMES = ['immediate', 'this_quarter', 'next_quarter', 'this_year', 'unknown'] as const;
export const OPPORTUNITY_STATUS_REASONS = ['in_progress', 'won', ...LOSS_REASONS] as const;

/**
 * A potential sale to an account or contact, moving through the sales stages
 * until closed as won or lost (only through Close as won / lost and Reopen).
 * Its estimated revenue is typed, or worked out from its product lines.
 */
export const opportunity: EntityDef = {
  name: E,
  route: 'opportunities',
  label: 'entity.opportunity.one',
  pluralLabel: 'entity.opportunity.many',
  icon: 'bulb',
  siteMap: [{ area: 'sales', group: 'sales', order: 2 }],
  displayName: ['name'],
  sections: ['summary', 'forecast', 'close', 'totals', 'details'],
  commandFields: [
    'status',
    'status_reason',
    'actual_revenue',
    'actual_close_date',
    'competitor_id',
    'originating_lead_id',
    'exchange_rate',
    ...DOCUMENT_TOTAL_FIELDS,
  ],
  fields: [
    textField(E, 'name', 'summary', 300, { required: true, sortable: true, searchable: true }),
    {
      name: 'customer',
      type: 'regarding',
      label: 'field.opportunity.customer',
      targets: ['account', 'contact'],
      required: true,
      section: 'summary',
    },
    lookupField(E, 'price_list_id', 'price_list', 'summary'),
    currencyField(E, 'summary', false),
    moneyField(E, 'exchange_rate', 'summary', { label: 'field.document.exchange_rate', readOnly: true }),
    choiceField(E, 'sales_stage', SALES_STAGES, 'sales_stage', 'forecast', { sortable: true }),
    integerField(E, 'probability', 'forecast', { min: 0, max: 100, sortable: true }),
    dateField(E, 'estimated_close_date', 'forecast', { sortable: true }),
    choiceField(E, 'revenue_mode', REVENUE_MODES, 'revenue_mode', 'forecast'),
    moneyField(E, 'estimated_revenue', 'forecast', { sortable: true }),
    moneyField(E, 'budget_amount', 'forecast'),
    choiceField(E, 'purchase_timeframe', PURCHASE_TIMEFRAMES, 'purchase_timeframe', 'forecast'),
    {
      name: 'competitors',
      type: 'parties',
      label: 'field.opportunity.competitors',
      targets: ['competitor'],
      section: 'forecast',
    },
    choiceField(E, 'status', OPPORTUNITY_STATUSES, 'opportunity_status', 'close', { sortable: true, readOnly: true }),
    choiceField(E, 'status_reason', OPPORTUNITY_STATUS_REASONS, 'opportunity_status_reason', 'close', {
      readOnly: true,
    }),
    moneyField(E, 'actual_revenue', 'close', { readOnly: true, sortable: true }),
    dateField(E, 'actual_close_date', 'close', { readOnly: true, sortable: true }),
    lookupField(E, 'competitor_id', 'competitor', 'close', { readOnly: true }),
    ...documentTotalFields(E),
    lookupField(E, 'originating_lead_id', 'lead', 'details', { readOnly: true }),
    choiceField(E, 'lead_source', DEFAULT_LEAD_SOURCES, 'lead_source', 'details', {
      label: 'field.lead.lead_source',
      sortable: true,
    }),
    lookupField(E, 'source_campaign_id', 'campaign', 'details', { label: 'field.lead.source_campaign_id' }),
    ownerField('details'),
    descriptionField('details'),
  ],
  listColumns: [
    'customer',
    'sales_stage',
    'probability',
    'estimated_revenue',
    'estimated_close_date',
    'status',
    'owner_id',
  ],
  detailFields: ['customer', 'estimated_revenue'],
  relatedLists: [
    {
      entity: 'quote',
      via: 'opportunity_id',
      label: 'related.opportunity.quotes',
      columns: ['quote_number', 'revision', 'status', 'total_amount'],
    },
    {
      entity: 'sales_order',
      via: 'opportunity_id',
      label: 'related.opportunity.orders',
      columns: ['order_number', 'status', 'total_amount'],
    },
    {
      entity: 'activity',
      via: 'regarding',
      label: 'related.common.activities',
      columns: ['activity_type', 'status', 'due_date', 'scheduled_start'],
    },
  ],
};
