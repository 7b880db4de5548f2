import type { FieldDef } from './types';

/** The postal address block shared by accounts, contacts and (later) leads. */
export function addressFields(): FieldDef[] {
  const label = (part: string) => `field.address.${part}`;
  return [
    { name: 'address_street', type: 'text', label: label('street'), maxLength: 250, section: 'address' },
    {
      name: 'address_city',
      type: 'text',
      label: label('city'),
      maxLength: 80,
      sortable: true,
      searchable: true,
      section: 'address',
    },
    { name: 'address_state', type: 'text', label: label('state'), maxLength: 80, section: 'address' },
    { name: 'address_postal_code', type: 'text', label: label('postal_code'), maxLength: 20, section: 'address' },
    {
      name: 'address_country',
      type: 'text',
      label: label('country'),
      maxLength: 80,
      sortable: true,
      section: 'address',
    },
  ];
}
