import { describe, expect, it } from 'vitest';
import { addLocalDays, fromLocalParts, localParts, startOfLocalDay } from './local-time';

describe('local date and time of moments', () => {
  it('round-trips a moment through its local date and time', () => {
    const moment = fromLocalParts('2025-03-30', '09:15');
    expect(moment).not.toBeNull();
    expect(localParts(moment)).toEqual({ date: '2025-03-30', time: '09:15' });
    expect(startOfLocalDay('2025-03-30')).toBe(fromLocalParts('2025-03-30', '00:00'));
  });

  it('needs both halves, and reads nothing from a bad moment', () => {
    expect(fromLocalParts('2025-03-30', '')).toBeNull();
    expect(fromLocalParts('', '09:15')).toBeNull();
    expect(localParts('not a moment')).toEqual({ date: '', time: '' });
    expect(localParts(null)).toEqual({ date: '', time: '' });
  });

  it('adds days across month and year ends', () => {
    expect(addLocalDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addLocalDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addLocalDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
