import { describe, expect, it } from 'vitest';
import { phoneKey } from './phone-key';

describe('phoneKey', () => {
  it.each([
    ['+44 20 7946 0958', '020 7946 0958'],
    ['+44 (0)20 7946-0958', '0044 20 7946 0958'],
    ['+1 (555) 123-4567', '555.123.4567'],
    ['+1 555 123 4567', '1-555-123-4567'],
    ['+7 495 123-45-67', '8 (495) 123-45-67'],
    ['+98 21 1234 5678', '021 1234 5678'],
    ['+98 912 345 6789', '0912 345 6789'],
    ['+49 30 1234567', '030 1234567'],
    ['+33 1 23 45 67 89', '01 23 45 67 89'],
    ['+32 2 123 45 67', '02 123 45 67'],
    ['+39 02 1234 5678', '02 1234 5678'],
    ['+86 138 0013 8000', '138 0013 8000'],
    ['+971 4 123 4567', '04 123 4567'],
    ['+98 912 345 6789', '۰۹۱۲ ۳۴۵ ۶۷۸۹'],
  ])('%s reaches the same line as %s', (a, b) => {
    expect(phoneKey(a)).not.toBeNull();
    expect(phoneKey(a)).toBe(phoneKey(b));
  });

  it('keeps extensions apart but matches the same extension however it is written', () => {
    expect(phoneKey('+1 555 123 4500 ext. 234')).not.toBe(phoneKey('+1 555 123 4500 ext. 567'));
    expect(phoneKey('+1 555 123 4500 ext. 234')).not.toBe(phoneKey('+1 555 123 4500'));
    expect(phoneKey('+1 555 123 4500 ext. 234')).toBe(phoneKey('(555) 123-4500 x234'));
    expect(phoneKey('+7 495 123-45-00 доб. 12')).toBe(phoneKey('8 495 1234500 доб.12'));
  });

  it('tells different numbers apart', () => {
    expect(phoneKey('+1 555 123 4567')).not.toBe(phoneKey('+1 555 123 4568'));
    expect(phoneKey('+44 20 7946 0958')).not.toBe(phoneKey('+44 20 7946 0959'));
  });

  it('has no key for numbers too short to compare', () => {
    expect(phoneKey('12345')).toBeNull();
    expect(phoneKey('+1 23')).toBeNull();
    expect(phoneKey('')).toBeNull();
  });
});
