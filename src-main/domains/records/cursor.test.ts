import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/api';
import { decodeCursor, encodeCursor } from './cursor';

describe('keyset cursor', () => {
  it('round-trips text, number and null sort values', () => {
    for (const value of ['Anna Petrova', 42, null, '12345000']) {
      const text = encodeCursor({ field: 'display_name', dir: 'asc', value, id: 'id-1' });
      expect(decodeCursor(text, 'display_name', 'asc')).toEqual({
        field: 'display_name',
        dir: 'asc',
        value,
        id: 'id-1',
      });
    }
  });

  it('is refused for another sort field or direction', () => {
    const text = encodeCursor({ field: 'email', dir: 'desc', value: 'a@b.c', id: 'x' });
    expect(() => decodeCursor(text, 'email', 'asc')).toThrow(AppError);
    expect(() => decodeCursor(text, 'display_name', 'desc')).toThrow(AppError);
  });

  it('is refused when it is not a cursor, with a VALIDATION issue at `after`', () => {
    for (const junk of [
      '',
      'not base64 !!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2,3,4]').toString('base64url'),
    ]) {
      try {
        decodeCursor(junk, 'display_name', 'asc');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe('VALIDATION');
        expect((error as AppError).issues?.[0]?.path).toEqual(['after']);
      }
    }
  });
});
