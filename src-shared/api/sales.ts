import { z } from 'zod';
import { isDate } from '../rules/records/field-formats';
import { recordId, type LookupRef } from './records';

/**
 * The sales commands: the lifecycle steps of leads, opportunities, quotes,
 * orders and invoices (each a transaction through the write path, refused
 * with a message naming what to do instead), the product lines of a
 * document, the sales settings, and the sales reports.
 */

const date = z
  .string()
  .max(10)
  .refine((v) => isDate(v), { message: 'Not a date (YYYY-MM-DD)' });
/** A decimal typed by the user, checked by the pricing rules (which name the field in the user's language). */
const decimalText = z.string().trim().max(40);

export const idOnly = z.object({ id: recordId });

// ---- Leads ----------------------------------------------------------------

export const qualifyLeadInput = z.object({
  id: recordId,
  /** Link an existing account, create one from the lead's company, or none. */
  account: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('existing'), id: recordId }),
    z.object({ mode: z.literal('new') }),
    z.object({ mode: z.literal('none') }),
  ]),
  contact: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('existing'), id: recordId }),
    z.object({ mode: z.literal('new') }),
    z.object({ mode: z.literal('none') }),
  ]),
  createOpportunity: z.boolean(),
});

export interface QualifyResult {
  readonly account: LookupRef | null;
  readonly contact: LookupRef | null;
  readonly opportunity: LookupRef | null;
}

export const disqualifyLeadInput = z.object({ id: recordId, reason: z.string().max(40) });

// ---- Opportunities --------------------------------------------------------

export const closeOpportunityInput = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('won'),
    id: recordId,
    /** Empty: the estimated revenue. */
    actualRevenue: decimalText.optional(),
    actualCloseDate: date,
    /** Close the opportunity's draft and active quotes too (the user confirmed). */
    closeQuotes: z.boolean(),
  }),
  z.object({
    outcome: z.literal('lost'),
    id: recordId,
    reason: z.string().max(40),
    competitorId: recordId.nullable().optional(),
    actualCloseDate: date,
    closeQuotes: z.boolean(),
  }),
]);

export interface CloseOpportunityResult {
  readonly id: string;
  /** Quotes closed with it. */
  readonly closedQuotes: number;
  /** The account that became a customer, when winning changed its relationship type. */
  readonly accountBecameCustomer: LookupRef | null;
}

export const moveStageInput = z.object({ id: recordId, stage: z.string().min(1).max(40) });

// ---- Quotes, orders, invoices ----------------------------------------------

/** Creates a draft quote (or order, or invoice) from an opportunity, with its lines. */
export const fromOpportunityInput = z.object({ opportunityId: recordId });

export interface CreatedDocument {
  readonly entity: string;
  readonly id: string;
  readonly number: string;
}

export interface WonQuote {
  readonly order: CreatedDocument;
  /** The quote's opportunity, offered to be closed as won. */
  readonly opportunity: LookupRef | null;
}

export const fulfillOrderInput = z.object({ id: recordId, date, partial: z.boolean() });

export const recordPaymentInput = z.object({ id: recordId, amount: decimalText, date });

// ---- Lines ------------------------------------------------------------------

/** `"<entity>:<id>"` of an opportunity, quote, order or invoice. */
export const documentRef = z
  .string()
  .max(80)
  .regex(/^(opportunity|quote|sales_order|invoice):[0-9a-f-]{36}$/, { message: 'Not a document reference' });

export const linesInput = z.object({ document: documentRef });

const lineCommon = {
  /** The line being changed; a new line when left out. */
  id: recordId.optional(),
  quantity: decimalText,
  manualDiscount: decimalText.optional(),
  /** Tax as a percentage of the line's amount after discounts. */
  taxPercent: decimalText.optional(),
  description: z.string().max(2000).optional(),
};

export const lineInput = z.discriminatedUnion('kind', [
  z.object({
    ...lineCommon,
    kind: z.literal('catalog'),
    productId: recordId,
    unitId: recordId,
    /** Empty: the price list's price. */
    priceOverride: decimalText.optional(),
  }),
  z.object({ ...lineCommon, kind: z.literal('write_in'), name: z.string().max(300), pricePerUnit: decimalText }),
]);
export type LineInputData = z.infer<typeof lineInput>;

export const saveLineInput = z.object({ document: documentRef, line: lineInput });
export const deleteLineInput = z.object({ document: documentRef, id: recordId });

export interface DocumentLine {
  readonly id: string;
  readonly lineNumber: number;
  readonly kind: 'catalog' | 'write_in';
  readonly productId: string | null;
  readonly productName: string;
  readonly productNumber: string | null;
  readonly unitId: string | null;
  readonly unitName: string | null;
  readonly quantity: string;
  readonly pricePerUnit: string;
  readonly listedPrice: string | null;
  readonly priceOverridden: boolean;
  readonly priceOverride: string | null;
  readonly baseAmount: string;
  readonly volumeDiscount: string;
  readonly manualDiscount: string;
  readonly amount: string;
  readonly taxPercent: string | null;
  readonly tax: string;
  readonly extendedAmount: string;
  readonly description: string | null;
}

export interface DocumentTotalsData {
  readonly detailAmount: string;
  readonly discountPercent: string;
  readonly totalDiscount: string;
  readonly preFreightAmount: string;
  readonly freightAmount: string;
  readonly totalTax: string;
  readonly totalAmount: string;
  /** In the base currency, with the exchange rate the document used. */
  readonly totalAmountBase: string;
}

export interface DocumentLines {
  readonly document: string;
  readonly currency: string;
  /** False when the document's status (active quote, closed opportunity…) keeps its lines as they are. */
  readonly editable: boolean;
  readonly lines: readonly DocumentLine[];
  readonly totals: DocumentTotalsData;
}

// ---- Settings ----------------------------------------------------------------

export interface CompanyDetails {
  readonly name: string;
  readonly address: string;
  readonly taxId: string;
  readonly phone: string;
  readonly email: string;
  readonly bankDetails: string;
  readonly terms: string;
  /** A small image as a `data:image/…;base64,` URL, or empty. */
  readonly logo: string;
}

export interface SalesSettings {
  readonly company: CompanyDetails;
  readonly baseCurrency: string;
  /** Units of each currency per one unit of the base currency. */
  readonly exchangeRates: Readonly<Record<string, string>>;
  readonly stages: readonly { readonly stage: string; readonly probability: number }[];
  /** Tax percentage new lines start with. */
  readonly defaultTaxPercent: string;
}

/** A logo is kept in the data file; this keeps printing and backups light. */
export const MAX_LOGO_CHARS = 400_000;

export const salesSettingsPatch = z.object({
  company: z
    .object({
      name: z.string().max(200),
      address: z.string().max(1000),
      taxId: z.string().max(60),
      phone: z.string().max(60),
      email: z.string().max(200),
      bankDetails: z.string().max(1000),
      terms: z.string().max(4000),
      logo: z
        .string()
        .max(MAX_LOGO_CHARS)
        .refine((v) => v === '' || /^data:image\/(png|jpeg|svg\+xml);base64,/.test(v), {
          message: 'The logo must be a PNG, JPEG or SVG image',
        }),
    })
    .partial()
    .optional(),
  baseCurrency: z.string().length(3).optional(),
  exchangeRates: z.record(z.string().length(3), decimalText).optional(),
  stages: z
    .array(z.object({ stage: z.string().max(40), probability: z.number() }))
    .max(20)
    .optional(),
  defaultTaxPercent: decimalText.optional(),
});
