import { describe, expect, it } from 'vitest';
import { formatRelative } from './relative-time';

describe('formatRelative', () => {
  const now = Date.parse('2026-02-02T12:00:00Z');
  it('uses the largest unit that fits', () => {
    expect(formatRelative('en', '2026-02-02T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative('en', '2026-02-01T12:00:00Z', now)).toBe('yesterday');
    expect(formatRelative('en', '2026-02-05T12:00:00Z', now)).toBe('in 3 days');
    expect(formatRelative('en', '2026-02-02T11:59:40Z', now)).toBe('this minute');
  });
  it('speaks the user language', () => {
    expect(formatRelative('ru', '2026-02-02T10:00:00Z', now)).toBe('2 часа назад');
  });
});
