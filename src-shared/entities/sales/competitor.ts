import { descriptionField, moneyField, textField } from '../field-builders';
import type { EntityDef } from '../types';

const E = 'competitor';

/** A company the business competes with for deals; its form shows the deals lost to it and won against it. */
export const competitor: EntityDef = {
  name: E,
  route: 'competitors',
  label: 'entity.competitor.one',
  pluralLabel: 'entity.competitor.many',
  icon: 'swords',
  siteMap: [{ area: 'sales', group: 'sales', order: 3 }],
  displayName: ['name'],
  sections: ['summary', 'analysis', 'details'],
  fields: [
    textField(E, 'name', 'summary', 160, { required: true, sortable: true, searchable: true }),
    textField(E, 'website', 'summary', 200, { type: 'url' }),
    moneyField(E, 'reported_revenue', 'summary', { sortable: true }),
    textField(E, 'strengths', 'analysis', 4000, { type: 'multiline' }),
    textField(E, 'weaknesses', 'analysis', 4000, { type: 'multiline' }),
    descriptionField('details'),
  ],
  listColumns: ['website', 'reported_revenue'],
  detailFields: ['website'],
  // The deals lost to it and won against it are the form's Win / loss tab (src-renderer/sales-reports).
  relatedLists: [],
};
