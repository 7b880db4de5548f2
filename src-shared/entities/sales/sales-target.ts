import { choiceField, dateField, integerField, moneyField, textField } from '../field-builders';
import type { EntityDef } from '../types';

export const TARGET_PERIODS = ['month', 'quarter'] as const;

/**
 * A planned sale (seed 001, «планирование продаж»): what an owner should
 * win in a month or quarter, in revenue and number of deals. Attainment is
 * worked out from the opportunities won in the period.
 */
export const salesTarget: EntityDef = {
  name: 'sales_target',
  route: 'sales-targets',
  label: 'entity.sales_target.one',
  pluralLabel: 'entity.sales_target.many',
  icon: 'target-arrow',
  siteMap: [{ area: 'sales', group: 'sales', order: 7 }],
  displayName: ['name'],
  sections: ['summary'],
  fields: [
    textField('sales_target', 'name', 'summary', 200, { required: true, sortable: true, searchable: true }),
    { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section: 'summary', sortable: true },
    choiceField('sales_target', 'period_type', TARGET_PERIODS, 'target_period', 'summary', { required: true }),
    dateField('sales_target', 'period_start', 'summary', { required: true, sortable: true }),
    moneyField('sales_target', 'target_revenue', 'summary'),
    integerField('sales_target', 'target_count', 'summary', { min: 0, max: 1_000_000 }),
  ],
  listColumns: ['owner_id', 'period_type', 'period_start', 'target_revenue', 'target_count'],
  detailFields: ['period_start'],
  relatedLists: [],
};
