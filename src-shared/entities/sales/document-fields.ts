import { moneyField } from '../field-builders';
import type { FieldDef } from '../types';

/**
 * The totals every priced document carries (opportunity, quote, order,
 * invoice), worked out from its lines by the pricing rules and written only
 * by the sales commands; the document-level discount and freight are typed.
 */
export const DOCUMENT_TOTAL_FIELDS = [
  'detail_amount',
  'total_discount',
  'pre_freight_amount',
  'total_tax',
  'total_amount',
  'total_amount_base',
] as const;

export function documentTotalFields(entity: string): FieldDef[] {
  const total = (name: string, sortable = false) =>
    moneyField(entity, name, 'totals', { label: `field.document.${name}`, readOnly: true, sortable });
  return [
    total('detail_amount'),
    moneyField(entity, 'discount_percent', 'totals', { label: 'field.document.discount_percent' }),
    moneyField(entity, 'discount_amount', 'totals', { label: 'field.document.discount_amount' }),
    total('total_discount'),
    total('pre_freight_amount'),
    moneyField(entity, 'freight_amount', 'totals', { label: 'field.document.freight_amount' }),
    total('total_tax'),
    total('total_amount', true),
    total('total_amount_base'),
  ];
}
