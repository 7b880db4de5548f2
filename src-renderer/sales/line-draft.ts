import type { DocumentLine, FieldIssue, LineInputData } from '../../src-shared/api';

/** A product line as typed in the line dialog: every input as text, validated into `lines.save` input. */
export interface LineDraft {
  readonly id?: string;
  readonly kind: 'catalog' | 'write_in';
  readonly productId: string | null;
  readonly productName: string;
  readonly unitId: string | null;
  /** The write-in product's name. */
  readonly name: string;
  readonly quantity: string;
  /** A write-in product's price. */
  readonly pricePerUnit: string;
  /** A catalog product's price typed over the price list's (empty: the price list's). */
  readonly priceOverride: string;
  readonly manualDiscount: string;
  readonly taxPercent: string;
  readonly description: string;
}

export type LineDraftField = Exclude<keyof LineDraft, 'id' | 'kind' | 'productName'>;

export function draftOfLine(line: DocumentLine | null, defaultTaxPercent = ''): LineDraft {
  if (!line) {
    return {
      kind: 'catalog',
      productId: null,
      productName: '',
      unitId: null,
      name: '',
      quantity: '1',
      pricePerUnit: '',
      priceOverride: '',
      manualDiscount: '',
      taxPercent: defaultTaxPercent,
      description: '',
    };
  }
  const zero = (value: string) => (/^0(\.0*)?$/.test(value) ? '' : value);
  return {
    id: line.id,
    kind: line.kind,
    productId: line.productId,
    productName: line.productName,
    unitId: line.unitId,
    name: line.kind === 'write_in' ? line.productName : '',
    quantity: line.quantity,
    pricePerUnit: line.kind === 'write_in' ? line.pricePerUnit : '',
    priceOverride: line.priceOverridden ? (line.priceOverride ?? line.pricePerUnit) : '',
    manualDiscount: zero(line.manualDiscount),
    taxPercent: line.taxPercent ?? '',
    description: line.description ?? '',
  };
}

export type LineInputResult =
  | { readonly ok: true; readonly line: LineInputData }
  | { readonly ok: false; readonly errors: Partial<Record<LineDraftField, string>> };

/**
 * The `lines.save` input of a draft, or the i18n keys of what is missing.
 * Amounts go as typed: the pricing rules check them and name the field.
 */
export function lineInputOf(draft: LineDraft): LineInputResult {
  const errors: Partial<Record<LineDraftField, string>> = {};
  const quantity = draft.quantity.trim();
  if (quantity === '') errors.quantity = 'sales_form.lines.need_quantity';
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const common = {
    ...(draft.id ? { id: draft.id } : {}),
    quantity,
    ...(optional(draft.manualDiscount) !== undefined ? { manualDiscount: optional(draft.manualDiscount) } : {}),
    ...(optional(draft.taxPercent) !== undefined ? { taxPercent: optional(draft.taxPercent) } : {}),
    ...(optional(draft.description) !== undefined ? { description: optional(draft.description) } : {}),
  };
  if (draft.kind === 'catalog') {
    if (!draft.productId) errors.productId = 'sales_form.lines.need_product';
    if (!draft.unitId) errors.unitId = 'sales_form.lines.need_unit';
    if (Object.keys(errors).length > 0 || !draft.productId || !draft.unitId) return { ok: false, errors };
    const override = optional(draft.priceOverride);
    return {
      ok: true,
      line: {
        ...common,
        kind: 'catalog',
        productId: draft.productId,
        unitId: draft.unitId,
        ...(override !== undefined ? { priceOverride: override } : {}),
      },
    };
  }
  if (draft.name.trim() === '') errors.name = 'sales_form.lines.need_name';
  if (draft.pricePerUnit.trim() === '') errors.pricePerUnit = 'sales_form.lines.need_price';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    line: { ...common, kind: 'write_in', name: draft.name.trim(), pricePerUnit: draft.pricePerUnit.trim() },
  };
}

const FIELD_BY_PATH: Readonly<Record<string, LineDraftField>> = {
  quantity: 'quantity',
  manualDiscount: 'manualDiscount',
  manual_discount: 'manualDiscount',
  taxPercent: 'taxPercent',
  tax_percent: 'taxPercent',
  priceOverride: 'priceOverride',
  price_override: 'priceOverride',
  pricePerUnit: 'pricePerUnit',
  price_per_unit: 'pricePerUnit',
  name: 'name',
  product_name: 'name',
  productId: 'productId',
  product_id: 'productId',
  unitId: 'unitId',
  unit_id: 'unitId',
  description: 'description',
};

/** The input a backend issue is about (its path ends in the field's name), or null for the line as a whole. */
export function draftFieldOf(issue: Pick<FieldIssue, 'path'>): LineDraftField | null {
  for (let i = issue.path.length - 1; i >= 0; i--) {
    const part = issue.path[i];
    if (typeof part === 'string' && Object.hasOwn(FIELD_BY_PATH, part)) return FIELD_BY_PATH[part] ?? null;
  }
  return null;
}
