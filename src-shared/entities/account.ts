import type { EntityDef } from './types';
import { addressFields } from './address';

export const RELATIONSHIP_TYPES = ['prospect', 'customer', 'competitor', 'partner', 'vendor', 'other'] as const;

export const INDUSTRIES = [
  'accounting',
  'agriculture',
  'construction',
  'consulting',
  'education',
  'finance',
  'healthcare',
  'hospitality',
  'insurance',
  'manufacturing',
  'media',
  'real_estate',
  'retail',
  'technology',
  'transportation',
  'wholesale',
  'other',
] as const;

export const account: EntityDef = {
  name: 'account',
  route: 'accounts',
  label: 'entity.account.one',
  pluralLabel: 'entity.account.many',
  icon: 'building',
  siteMap: [
    { area: 'sales', group: 'customers', order: 1 },
    { area: 'service', group: 'customers', order: 1 },
    { area: 'marketing', group: 'customers', order: 1 },
  ],
  displayName: ['name'],
  sections: ['summary', 'address', 'details'],
  fields: [
    { name: 'name', type: 'text', label: 'field.account.name', required: true, maxLength: 160, sortable: true, searchable: true, section: 'summary' },
    { name: 'account_number', type: 'text', label: 'field.account.account_number', maxLength: 20, sortable: true, searchable: true, section: 'summary' },
    { name: 'relationship_type', type: 'choice', label: 'field.account.relationship_type', choices: RELATIONSHIP_TYPES, choiceSet: 'relationship_type', sortable: true, section: 'summary' },
    { name: 'industry', type: 'choice', label: 'field.account.industry', choices: INDUSTRIES, choiceSet: 'industry', sortable: true, section: 'summary' },
    { name: 'phone', type: 'phone', label: 'field.account.phone', maxLength: 50, sortable: true, searchable: true, section: 'summary' },
    { name: 'email', type: 'email', label: 'field.account.email', maxLength: 100, sortable: true, searchable: true, section: 'summary' },
    { name: 'website', type: 'url', label: 'field.account.website', maxLength: 200, section: 'summary' },
    ...addressFields(),
    { name: 'parent_account_id', type: 'lookup', target: 'account', label: 'field.account.parent_account_id', section: 'details' },
    { name: 'primary_contact_id', type: 'lookup', target: 'contact', label: 'field.account.primary_contact_id', section: 'details' },
    { name: 'annual_revenue', type: 'money', label: 'field.account.annual_revenue', sortable: true, section: 'details' },
    { name: 'employees', type: 'integer', label: 'field.account.employees', min: 0, max: 10_000_000, sortable: true, section: 'details' },
    { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section: 'details' },
    { name: 'description', type: 'multiline', label: 'field.common.description', maxLength: 20_000, section: 'details' },
  ],
  listColumns: ['account_number', 'relationship_type', 'phone', 'email', 'address_city', 'industry'],
  detailFields: ['address_city', 'phone'],
  relatedLists: [{ entity: 'contact', via: 'account_id', label: 'related.account.contacts' }],
};
