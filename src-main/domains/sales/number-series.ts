import {
  DEFAULT_NUMBER_FORMATS,
  formatDocumentNumber,
  type NumberedDocument,
  type NumberSeries,
} from '../../../src-shared/rules/sales';
import type { SqlDb } from '../../db';

/**
 * This device's number series: the last sequence per document type and year
 * in `number_series`, advanced in the caller's transaction, so a number is
 * never handed out twice even if the document is rolled back (a gap, as in
 * any accounting series, rather than a duplicate). The sync work replaces
 * this with blocks leased from the hub behind the same interface.
 */
export class LocalNumberSeries implements NumberSeries {
  constructor(private readonly db: SqlDb) {}

  allocate(type: NumberedDocument, year: number): string {
    const row = this.db
      .stmt(
        'INSERT INTO number_series (document, year, last_sequence) VALUES (?, ?, 1) ' +
          'ON CONFLICT (document, year) DO UPDATE SET last_sequence = last_sequence + 1 RETURNING last_sequence',
      )
      .get(type, year) as { last_sequence: number };
    return formatDocumentNumber(DEFAULT_NUMBER_FORMATS[type], year, row.last_sequence);
  }
}

/** Which series a record type's numbers come from, and the field they go in. */
export const NUMBERING: Readonly<Record<string, { readonly series: NumberedDocument; readonly field: string }>> = {
  quote: { series: 'quote', field: 'quote_number' },
  sales_order: { series: 'order', field: 'order_number' },
  invoice: { series: 'invoice', field: 'invoice_number' },
};
