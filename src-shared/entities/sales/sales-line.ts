import { booleanField, choiceField, integerField, lookupField, moneyField, textField } from '../field-builders';
import type { EntityDef } from '../types';

export const LINE_KINDS = ['catalog', 'write_in'] as const;
export const LINE_DOCUMENTS = ['opportunity', 'quote', 'sales_order', 'invoice'] as const;

/**
 * A product line of an opportunity, quote, order or invoice. Internal: it is
 * written only by the lines commands, which price it from the document's
 * price list (src-shared/rules/pricing) and update the document's totals in
 * the same transaction; the document's form edits its lines in a grid. The
 * priced amounts are stored as priced, so a locked order keeps its prices.
 */
export const salesLine: EntityDef = {
  name: 'sales_line',
  route: 'sales-lines',
  label: 'entity.sales_line.one',
  pluralLabel: 'entity.sales_line.many',
  icon: 'list',
  siteMap: [],
  displayName: ['product_name'],
  sections: ['summary'],
  fields: [
    {
      name: 'document',
      type: 'regarding',
      label: 'field.sales_line.document',
      targets: LINE_DOCUMENTS,
      required: true,
      section: 'summary',
    },
    integerField('sales_line', 'line_number', 'summary', { required: true, min: 1, max: 100_000 }),
    choiceField('sales_line', 'kind', LINE_KINDS, 'line_kind', 'summary', { required: true }),
    lookupField('sales_line', 'product_id', 'product', 'summary'),
    textField('sales_line', 'product_name', 'summary', 300, { required: true, searchable: true }),
    lookupField('sales_line', 'unit_id', 'unit', 'summary'),
    moneyField('sales_line', 'quantity', 'summary', { required: true }),
    moneyField('sales_line', 'price_per_unit', 'summary', { required: true }),
    moneyField('sales_line', 'listed_price', 'summary'),
    booleanField('sales_line', 'price_overridden', 'summary'),
    moneyField('sales_line', 'price_override', 'summary'),
    moneyField('sales_line', 'base_amount', 'summary', { required: true }),
    moneyField('sales_line', 'volume_discount', 'summary', { required: true }),
    moneyField('sales_line', 'manual_discount', 'summary', { required: true }),
    moneyField('sales_line', 'amount', 'summary', { required: true }),
    moneyField('sales_line', 'tax_percent', 'summary'),
    moneyField('sales_line', 'tax', 'summary', { required: true }),
    moneyField('sales_line', 'extended_amount', 'summary', { required: true }),
    textField('sales_line', 'description', 'summary', 2000, { type: 'multiline' }),
  ],
  listColumns: ['document', 'line_number', 'quantity', 'price_per_unit', 'extended_amount'],
  detailFields: [],
  relatedLists: [],
};
