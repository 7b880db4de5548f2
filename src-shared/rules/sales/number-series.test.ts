import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUMBER_FORMATS,
  formatDocumentNumber,
  nextDocumentNumber,
  parseDocumentNumber,
  type NumberedDocument,
  type NumberSeries,
} from './number-series';

describe('document numbers', () => {
  it('format with the type’s prefix, the year and a zero-padded sequence', () => {
    expect(formatDocumentNumber(DEFAULT_NUMBER_FORMATS.quote, 2026, 1)).toBe('Q-2026-00001');
    expect(formatDocumentNumber(DEFAULT_NUMBER_FORMATS.order, 2026, 42)).toBe('ORD-2026-00042');
    expect(formatDocumentNumber(DEFAULT_NUMBER_FORMATS.invoice, 2027, 123456)).toBe('INV-2027-123456');
  });

  it('refuse a bad prefix, year or sequence', () => {
    expect(() => formatDocumentNumber({ prefix: 'Q-1', digits: 5 }, 2026, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber({ prefix: '', digits: 5 }, 2026, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_FORMATS.quote, 26, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_FORMATS.quote, 2026, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_FORMATS.quote, 2026, 1.5)).toThrow(RangeError);
  });

  it('parse back into their parts', () => {
    expect(parseDocumentNumber('Q-2026-00001')).toEqual({ prefix: 'Q', year: 2026, sequence: 1 });
    expect(parseDocumentNumber(' INV-2027-123456 ')).toEqual({ prefix: 'INV', year: 2027, sequence: 123456 });
    for (const text of ['Q-2026', 'Q-26-00001', '2026-00001', 'Q-2026-00000', 'Q 2026 00001', 'Q-2026-0001x'])
      expect(parseDocumentNumber(text), text).toBe(null);
  });

  it('round-trip for any sequence', () => {
    for (const sequence of [1, 9, 99_999, 100_000, 7_654_321]) {
      const text = formatDocumentNumber(DEFAULT_NUMBER_FORMATS.quote, 2026, sequence);
      expect(parseDocumentNumber(text)).toEqual({ prefix: 'Q', year: 2026, sequence });
    }
  });

  it('continue from the last number, restarting in a new year or series', () => {
    const quote = DEFAULT_NUMBER_FORMATS.quote;
    expect(nextDocumentNumber(quote, 2026, null)).toBe('Q-2026-00001');
    expect(nextDocumentNumber(quote, 2026, 'Q-2026-00041')).toBe('Q-2026-00042');
    expect(nextDocumentNumber(quote, 2026, 'Q-2026-99999')).toBe('Q-2026-100000');
    expect(nextDocumentNumber(quote, 2027, 'Q-2026-00041')).toBe('Q-2027-00001');
    expect(nextDocumentNumber(quote, 2026, 'INV-2026-00041')).toBe('Q-2026-00001');
    expect(nextDocumentNumber(quote, 2026, 'garbage')).toBe('Q-2026-00001');
  });

  it('back a NumberSeries that never hands out a number twice', () => {
    const last = new Map<string, string>();
    const series: NumberSeries = {
      allocate(type: NumberedDocument, year: number) {
        const number = nextDocumentNumber(DEFAULT_NUMBER_FORMATS[type], year, last.get(type) ?? null);
        last.set(type, number);
        return number;
      },
    };
    const quotes = Array.from({ length: 3 }, () => series.allocate('quote', 2026));
    expect(quotes).toEqual(['Q-2026-00001', 'Q-2026-00002', 'Q-2026-00003']);
    expect(series.allocate('invoice', 2026)).toBe('INV-2026-00001');
    expect(series.allocate('quote', 2027)).toBe('Q-2027-00001');
  });
});
