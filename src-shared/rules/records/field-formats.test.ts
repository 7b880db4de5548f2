import { describe, expect, it } from 'vitest';
import {
  canonicalDateTime,
  canonicalMoney,
  formatRef,
  isDate,
  isEmail,
  isPhone,
  isUrl,
  MAX_DURATION_MINUTES,
  parseDuration,
  parseRef,
} from './field-formats';

describe('field formats', () => {
  it.each(['anna@example.com', 'a.b+tag@sub.example.co.uk', 'иван@пример.рф'])('accepts the e-mail %s', (v) => {
    expect(isEmail(v)).toBe(true);
  });
  it.each(['anna', 'anna@', '@example.com', 'anna@example', 'an na@example.com', 'a@b@c.com', 'anna@.com'])(
    'refuses the e-mail %s',
    (v) => expect(isEmail(v)).toBe(false),
  );

  it.each(['+1 (555) 010-0200', '020 7946 0018', '+7 495 123-45-67', '555-0100 ext. 12', '+98 21 1234 5678 x 9'])(
    'accepts the phone %s',
    (v) => expect(isPhone(v)).toBe(true),
  );
  it.each(['12', 'call me', '+1 555 CALL', '--', '555 010 0200 ext. 1234567'])('refuses the phone %s', (v) => {
    expect(isPhone(v)).toBe(false);
  });

  it.each(['example.com', 'https://www.example.com/path?q=1', 'http://пример.рф', 'sub.example.co.uk:8080'])(
    'accepts the web address %s',
    (v) => expect(isUrl(v)).toBe(true),
  );
  it.each(['example', 'ftp://example.com', 'http://', 'exa mple.com', 'example.c'])(
    'refuses the web address %s',
    (v) => {
      expect(isUrl(v)).toBe(false);
    },
  );

  it('accepts real calendar dates only, between 1800 and 2200', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('2024-13-01')).toBe(false);
    expect(isDate('2024-1-01')).toBe(false);
    expect(isDate('1799-12-31')).toBe(false);
    expect(isDate('2201-01-01')).toBe(false);
  });

  it('writes money in canonical form', () => {
    expect(canonicalMoney('001234.5000')).toBe('1234.5');
    expect(canonicalMoney(' 1,234.50 ')).toBe('1234.5');
    expect(canonicalMoney('1 234 567')).toBe('1234567');
    expect(canonicalMoney('-0.0')).toBe('0');
    expect(canonicalMoney('-12.3400')).toBe('-12.34');
    expect(canonicalMoney(1234.5)).toBe('1234.5');
    expect(canonicalMoney('99999999999999.9999')).toBe('99999999999999.9999');
  });

  it('refuses money with too many digits, decimals or junk', () => {
    expect(canonicalMoney('123456789012345')).toBeNull();
    expect(canonicalMoney('1.23456')).toBeNull();
    expect(canonicalMoney('12a')).toBeNull();
    expect(canonicalMoney(Number.NaN)).toBeNull();
    expect(canonicalMoney(Number.POSITIVE_INFINITY)).toBeNull();
    expect(canonicalMoney('')).toBeNull();
  });
});

describe('moments, durations and references', () => {
  it('writes moments in canonical UTC and refuses impossible or unzoned ones', () => {
    expect(canonicalDateTime('2025-03-10T09:30+03:00')).toBe('2025-03-10T06:30:00.000Z');
    expect(canonicalDateTime(' 2025-03-10T09:30:05.5Z ')).toBe('2025-03-10T09:30:05.500Z');
    expect(canonicalDateTime('2024-02-29T23:59:59.999-01:00')).toBe('2024-03-01T00:59:59.999Z');
    for (const bad of [
      '2025-03-10T09:30',
      '2025-03-10',
      '2025-02-30T10:00Z',
      '2025-03-10T24:00Z',
      '1799-12-31T23:00Z',
      'x',
    ])
      expect(canonicalDateTime(bad), bad).toBeNull();
  });

  it('reads durations as minutes or hours:minutes, up to a year', () => {
    expect(parseDuration('90')).toBe(90);
    expect(parseDuration('1:30')).toBe(90);
    expect(parseDuration(' 0:05 ')).toBe(5);
    expect(parseDuration(45)).toBe(45);
    expect(parseDuration(MAX_DURATION_MINUTES)).toBe(MAX_DURATION_MINUTES);
    for (const bad of ['1:60', '1h', '-1', '', 1.5, -1, MAX_DURATION_MINUTES + 1])
      expect(parseDuration(bad), String(bad)).toBeNull();
  });

  it('splits and joins references', () => {
    const id = '0190B5A2-5D5E-7C5A-8F5E-1234567890AB';
    expect(parseRef(`account:${id}`)).toEqual({ entity: 'account', id: id.toLowerCase() });
    expect(formatRef('contact', id)).toBe(`contact:${id.toLowerCase()}`);
    for (const bad of [id, `Account:${id}`, 'account:', 'account:12', `:${id}`]) expect(parseRef(bad), bad).toBeNull();
  });
});
