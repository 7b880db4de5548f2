import { describe, expect, it } from 'vitest';
import type { DocumentLine } from '../../src-shared/api';
import { draftFieldOf, draftOfLine, lineInputOf } from './line-draft';

const ID = '0190a0b0-0000-7000-8000-000000000001';
const PRODUCT = '0190a0b0-0000-7000-8000-000000000002';
const UNIT = '0190a0b0-0000-7000-8000-000000000003';

const catalogLine: DocumentLine = {
  id: ID,
  lineNumber: 1,
  kind: 'catalog',
  productId: PRODUCT,
  productName: 'Widget',
  productNumber: 'W-1',
  unitId: UNIT,
  unitName: 'Each',
  quantity: '3',
  pricePerUnit: '9.5',
  listedPrice: '10',
  priceOverridden: true,
  priceOverride: '9.5',
  baseAmount: '28.5',
  volumeDiscount: '0',
  manualDiscount: '0',
  amount: '28.5',
  taxPercent: '20',
  tax: '5.7',
  extendedAmount: '34.2',
  description: null,
};

describe('line drafts', () => {
  it('start a new line as one catalog product with the default tax', () => {
    const draft = draftOfLine(null, '20');
    expect(draft).toMatchObject({ kind: 'catalog', quantity: '1', taxPercent: '20', productId: null });
    expect(lineInputOf(draft)).toEqual({
      ok: false,
      errors: { productId: 'sales_form.lines.need_product', unitId: 'sales_form.lines.need_unit' },
    });
  });

  it('turn an edited catalog line back into the same input, keeping its override', () => {
    const result = lineInputOf(draftOfLine(catalogLine));
    expect(result).toEqual({
      ok: true,
      line: {
        id: ID,
        kind: 'catalog',
        productId: PRODUCT,
        unitId: UNIT,
        quantity: '3',
        priceOverride: '9.5',
        taxPercent: '20',
      },
    });
  });

  it('drop an emptied override so the price list prices the line again', () => {
    const result = lineInputOf({ ...draftOfLine(catalogLine), priceOverride: '  ' });
    expect(result.ok && 'priceOverride' in result.line).toBe(false);
  });

  it('need a name and a price for a write-in product', () => {
    const draft = { ...draftOfLine(null), kind: 'write_in' as const, quantity: '' };
    expect(lineInputOf(draft)).toEqual({
      ok: false,
      errors: {
        quantity: 'sales_form.lines.need_quantity',
        name: 'sales_form.lines.need_name',
        pricePerUnit: 'sales_form.lines.need_price',
      },
    });
    expect(
      lineInputOf({ ...draft, quantity: '2', name: ' Setup ', pricePerUnit: '150', manualDiscount: '10' }),
    ).toEqual({
      ok: true,
      line: { kind: 'write_in', name: 'Setup', pricePerUnit: '150', quantity: '2', manualDiscount: '10' },
    });
  });

  it('place a backend issue on the input it is about', () => {
    expect(draftFieldOf({ path: ['line', 'quantity'] })).toBe('quantity');
    expect(draftFieldOf({ path: ['line', 'priceOverride'] })).toBe('priceOverride');
    expect(draftFieldOf({ path: ['lines', 0, 'tax_percent'] })).toBe('taxPercent');
    expect(draftFieldOf({ path: ['document'] })).toBeNull();
  });
});
