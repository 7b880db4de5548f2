import type { EntityDef } from './types';
import { addressFields } from './address';

export const CONTACT_METHODS = ['any', 'email', 'phone', 'mail'] as const;

export const contact: EntityDef = {
  name: 'contact',
  route: 'contacts',
  label: 'entity.contact.one',
  pluralLabel: 'entity.contact.many',
  icon: 'user',
  siteMap: [
    { area: 'sales', group: 'customers', order: 2 },
    { area: 'service', group: 'customers', order: 2 },
    { area: 'marketing', group: 'customers', order: 2 },
  ],
  displayName: ['first_name', 'last_name'],
  sections: ['summary', 'address', 'details'],
  fields: [
    { name: 'first_name', type: 'text', label: 'field.contact.first_name', maxLength: 50, sortable: true, searchable: true, section: 'summary' },
    { name: 'last_name', type: 'text', label: 'field.contact.last_name', required: true, maxLength: 50, sortable: true, searchable: true, section: 'summary' },
    { name: 'job_title', type: 'text', label: 'field.contact.job_title', maxLength: 100, sortable: true, section: 'summary' },
    { name: 'account_id', type: 'lookup', target: 'account', label: 'field.contact.account_id', section: 'summary' },
    { name: 'business_phone', type: 'phone', label: 'field.contact.business_phone', maxLength: 50, sortable: true, searchable: true, section: 'summary' },
    { name: 'mobile_phone', type: 'phone', label: 'field.contact.mobile_phone', maxLength: 50, searchable: true, section: 'summary' },
    { name: 'email', type: 'email', label: 'field.contact.email', maxLength: 100, sortable: true, searchable: true, section: 'summary' },
    ...addressFields(),
    { name: 'birthday', type: 'date', label: 'field.contact.birthday', section: 'details' },
    { name: 'preferred_contact_method', type: 'choice', label: 'field.contact.preferred_contact_method', choices: CONTACT_METHODS, choiceSet: 'contact_method', section: 'details' },
    { name: 'do_not_email', type: 'boolean', label: 'field.contact.do_not_email', section: 'details' },
    { name: 'do_not_phone', type: 'boolean', label: 'field.contact.do_not_phone', section: 'details' },
    { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section: 'details' },
    { name: 'description', type: 'multiline', label: 'field.common.description', maxLength: 20_000, section: 'details' },
  ],
  listColumns: ['job_title', 'account_id', 'email', 'business_phone', 'address_city'],
  detailFields: ['job_title', 'email'],
  relatedLists: [],
};
