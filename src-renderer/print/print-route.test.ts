import { describe, expect, it } from 'vitest';
import { parsePrintRoute, printHash } from './print-route';

const ID = '0190a000-0000-7000-8000-0000000000aa';

describe('print route', () => {
  it('reads the document and whether to print at once', () => {
    expect(parsePrintRoute(`#/print/invoice/${ID}`)).toEqual({ entity: 'invoice', id: ID, autoPrint: false, job: '' });
    expect(parsePrintRoute(`#/print/sales_order/${ID.toUpperCase()}?auto=print`)).toEqual({
      entity: 'sales_order',
      id: ID,
      autoPrint: true,
      job: '',
    });
    expect(parsePrintRoute(`#/print/quote/${ID}?job=42`)).toMatchObject({ job: '42', autoPrint: false });
    expect(parsePrintRoute(`#/print/quote/${ID}?job=4"2`)).toMatchObject({ job: '' });
  });

  it('is not any other route', () => {
    for (const hash of [
      '',
      '#/sales/invoices',
      `#/sales/invoices/${ID}`,
      `#/print/account/${ID}`,
      '#/print/invoice/not-an-id',
      `#/print/invoice/${ID}/more`,
    ]) {
      expect(parsePrintRoute(hash)).toBeNull();
    }
  });

  it('round-trips', () => {
    expect(parsePrintRoute(printHash('quote', ID, true))).toEqual({
      entity: 'quote',
      id: ID,
      autoPrint: true,
      job: '',
    });
    expect(printHash('invoice', ID)).toBe(`#/print/invoice/${ID}`);
  });
});
