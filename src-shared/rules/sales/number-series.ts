/**
 * Document numbers: one series per document type, with a prefix and the
 * year, e.g. `Q-2026-00001`. Numbers must be unique across the business, so
 * every allocation goes through a `NumberSeries`; a local series backs it
 * until the sync work backs it with blocks leased from the hub. This module
 * holds only the formatting and "what comes next", the same everywhere.
 */

export const NUMBERED_DOCUMENTS = ['quote', 'order', 'invoice'] as const;
export type NumberedDocument = (typeof NUMBERED_DOCUMENTS)[number];

export interface NumberFormat {
  /** Letters and digits, starting with a letter. */
  readonly prefix: string;
  /** The least number of digits of the sequence; longer sequences simply grow. */
  readonly digits: number;
}

export const DEFAULT_NUMBER_FORMATS: Readonly<Record<NumberedDocument, NumberFormat>> = {
  quote: { prefix: 'Q', digits: 5 },
  order: { prefix: 'ORD', digits: 5 },
  invoice: { prefix: 'INV', digits: 5 },
};

/** Hands out the next unused number of a document type for a year. */
export interface NumberSeries {
  allocate(type: NumberedDocument, year: number): string;
}

export interface DocumentNumber {
  readonly prefix: string;
  readonly year: number;
  readonly sequence: number;
}

const PREFIX = /^[A-Za-z][A-Za-z0-9]{0,9}$/;
const NUMBER = /^([A-Za-z][A-Za-z0-9]{0,9})-(\d{4})-(\d+)$/;

export function isValidPrefix(prefix: string): boolean {
  return PREFIX.test(prefix);
}

export function formatDocumentNumber(format: NumberFormat, year: number, sequence: number): string {
  if (!isValidPrefix(format.prefix)) throw new RangeError(`Invalid number prefix: ${format.prefix}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${format.prefix}-${year}-${String(sequence).padStart(format.digits, '0')}`;
}

/** The parts of a number like `Q-2026-00001`, or null when it is not one. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const m = NUMBER.exec(text.trim());
  if (!m) return null;
  const sequence = Number(m[3]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { prefix: m[1] ?? '', year: Number(m[2]), sequence };
}

/**
 * The number after `last` in the series of `format` for `year`: the
 * sequence restarts at 1 in a new year or when there is no last number (or
 * it belongs to another series).
 */
export function nextDocumentNumber(format: NumberFormat, year: number, last: string | null): string {
  const parsed = last === null ? null : parseDocumentNumber(last);
  const continues = parsed !== null && parsed.prefix === format.prefix && parsed.year === year;
  return formatDocumentNumber(format, year, continues ? parsed.sequence + 1 : 1);
}
