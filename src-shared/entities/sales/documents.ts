import { INVOICE_STATUSES, PAYMENT_TERMS } from '../../rules/sales/invoice';
import { ORDER_STATUSES } from '../../rules/sales/order';
import { QUOTE_CLOSE_REASONS, QUOTE_STATUSES } from '../../rules/sales/quote';
import {
  booleanField,
  choiceField,
  dateField,
  descriptionField,
  integerField,
  lookupField,
  moneyField,
  ownerField,
  textField,
} from '../field-builders';
import type { EntityDef, FieldDef, RelatedList } from '../types';
import { currencyField } from './currency';
import { DOCUMENT_TOTAL_FIELDS, documentTotalFields } from './document-fields';

/**
 * Quotes, orders and invoices: numbered documents with product lines (the
 * internal `sales_line` records, edited in the form's lines grid), priced
 * from a price list in one currency. Their status changes only through the
 * sales commands (Activate, Win, Fulfill, Record payment…).
 */

function customerField(): FieldDef {
  return {
    name: 'customer',
    type: 'regarding',
    label: 'field.document.customer',
    targets: ['account', 'contact'],
    required: true,
    section: 'summary',
  };
}

function commonHead(entity: string, numberField: string): FieldDef[] {
  return [
    textField(entity, numberField, 'summary', 40, {
      label: `field.document.${numberField}`,
      readOnly: true,
      sortable: true,
      searchable: true,
    }),
    textField(entity, 'name', 'summary', 300, {
      label: 'field.document.name',
      required: true,
      sortable: true,
      searchable: true,
    }),
    customerField(),
    lookupField(entity, 'opportunity_id', 'opportunity', 'summary', { label: 'field.document.opportunity_id' }),
    lookupField(entity, 'price_list_id', 'price_list', 'summary', { label: 'field.document.price_list_id' }),
    currencyField(entity, 'summary', false),
    moneyField(entity, 'exchange_rate', 'summary', { label: 'field.document.exchange_rate', readOnly: true }),
  ];
}

function commonTail(): FieldDef[] {
  return [
    textField('document', 'bill_to', 'addresses', 1000, { type: 'multiline', label: 'field.document.bill_to' }),
    textField('document', 'ship_to', 'addresses', 1000, { type: 'multiline', label: 'field.document.ship_to' }),
    ownerField('details'),
    descriptionField('details'),
  ];
}

const activities: RelatedList = {
  entity: 'activity',
  via: 'regarding',
  label: 'related.common.activities',
  columns: ['activity_type', 'status', 'due_date', 'scheduled_start'],
};

export const quote: EntityDef = {
  name: 'quote',
  route: 'quotes',
  label: 'entity.quote.one',
  pluralLabel: 'entity.quote.many',
  icon: 'file-dollar',
  siteMap: [{ area: 'sales', group: 'sales', order: 4 }],
  displayName: ['name'],
  sections: ['summary', 'terms', 'totals', 'addresses', 'details'],
  commandFields: ['quote_number', 'revision', 'status', 'status_reason', 'exchange_rate', ...DOCUMENT_TOTAL_FIELDS],
  fields: [
    ...commonHead('quote', 'quote_number'),
    integerField('quote', 'revision', 'summary', { readOnly: true, sortable: true }),
    choiceField('quote', 'status', QUOTE_STATUSES, 'quote_status', 'summary', { readOnly: true, sortable: true }),
    choiceField('quote', 'status_reason', QUOTE_CLOSE_REASONS, 'quote_status_reason', 'summary', { readOnly: true }),
    dateField('quote', 'effective_from', 'terms', { sortable: true }),
    dateField('quote', 'effective_to', 'terms', { sortable: true }),
    choiceField('quote', 'payment_terms', PAYMENT_TERMS, 'payment_terms', 'terms', {
      label: 'field.document.payment_terms',
    }),
    ...documentTotalFields('quote'),
    ...commonTail(),
  ],
  listColumns: ['quote_number', 'revision', 'customer', 'status', 'total_amount', 'effective_to', 'owner_id'],
  detailFields: ['quote_number', 'customer'],
  relatedLists: [
    { entity: 'sales_order', via: 'quote_id', label: 'related.quote.orders', columns: ['order_number', 'status'] },
    activities,
  ],
};

export const salesOrder: EntityDef = {
  name: 'sales_order',
  route: 'orders',
  label: 'entity.sales_order.one',
  pluralLabel: 'entity.sales_order.many',
  icon: 'shopping-cart',
  siteMap: [{ area: 'sales', group: 'sales', order: 5 }],
  displayName: ['name'],
  sections: ['summary', 'fulfillment', 'totals', 'addresses', 'details'],
  commandFields: [
    'order_number',
    'status',
    'prices_locked',
    'quote_id',
    'date_fulfilled',
    'exchange_rate',
    ...DOCUMENT_TOTAL_FIELDS,
  ],
  fields: [
    ...commonHead('sales_order', 'order_number'),
    lookupField('sales_order', 'quote_id', 'quote', 'summary', { readOnly: true }),
    choiceField('sales_order', 'status', ORDER_STATUSES, 'order_status', 'summary', {
      readOnly: true,
      sortable: true,
    }),
    booleanField('sales_order', 'prices_locked', 'summary', { readOnly: true }),
    dateField('sales_order', 'requested_delivery', 'fulfillment', { sortable: true }),
    dateField('sales_order', 'date_fulfilled', 'fulfillment', { readOnly: true, sortable: true }),
    choiceField('sales_order', 'payment_terms', PAYMENT_TERMS, 'payment_terms', 'fulfillment', {
      label: 'field.document.payment_terms',
    }),
    ...documentTotalFields('sales_order'),
    ...commonTail(),
  ],
  listColumns: ['order_number', 'customer', 'status', 'total_amount', 'requested_delivery', 'owner_id'],
  detailFields: ['order_number', 'customer'],
  relatedLists: [
    {
      entity: 'invoice',
      via: 'order_id',
      label: 'related.sales_order.invoices',
      columns: ['invoice_number', 'status', 'total_amount'],
    },
    activities,
  ],
};

export const invoice: EntityDef = {
  name: 'invoice',
  route: 'invoices',
  label: 'entity.invoice.one',
  pluralLabel: 'entity.invoice.many',
  icon: 'receipt',
  siteMap: [{ area: 'sales', group: 'sales', order: 6 }],
  displayName: ['name'],
  sections: ['summary', 'payment', 'totals', 'addresses', 'details'],
  commandFields: [
    'invoice_number',
    'status',
    'order_id',
    'amount_paid',
    'date_paid',
    'due_date',
    'exchange_rate',
    ...DOCUMENT_TOTAL_FIELDS,
  ],
  fields: [
    ...commonHead('invoice', 'invoice_number'),
    lookupField('invoice', 'order_id', 'sales_order', 'summary', { readOnly: true }),
    choiceField('invoice', 'status', INVOICE_STATUSES, 'invoice_status', 'summary', {
      readOnly: true,
      sortable: true,
    }),
    dateField('invoice', 'invoice_date', 'payment', { sortable: true }),
    choiceField('invoice', 'payment_terms', PAYMENT_TERMS, 'payment_terms', 'payment', {
      label: 'field.document.payment_terms',
    }),
    dateField('invoice', 'due_date', 'payment', { readOnly: true, sortable: true }),
    moneyField('invoice', 'amount_paid', 'payment', { readOnly: true }),
    dateField('invoice', 'date_paid', 'payment', { readOnly: true }),
    ...documentTotalFields('invoice'),
    ...commonTail(),
  ],
  listColumns: ['invoice_number', 'customer', 'status', 'total_amount', 'due_date', 'owner_id'],
  detailFields: ['invoice_number', 'customer'],
  relatedLists: [activities],
};
