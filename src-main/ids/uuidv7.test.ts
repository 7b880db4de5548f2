import { describe, expect, it } from 'vitest';
import { createUuidV7Generator, isUuidV7, uuidV7Time, uuidv7 } from './uuidv7';

describe('uuidv7', () => {
  it('produces RFC 9562 version 7 ids with the variant bits set', () => {
    for (let i = 0; i < 1000; i++) {
      const id = uuidv7();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(isUuidV7(id)).toBe(true);
    }
  });

  it('encodes the millisecond timestamp in the first 48 bits', () => {
    const at = Date.UTC(2025, 4, 17, 10, 20, 30, 456);
    const next = createUuidV7Generator({ now: () => at });
    expect(uuidV7Time(next())).toBe(at);
  });

  it('stays strictly increasing within one millisecond', () => {
    const next = createUuidV7Generator({ now: () => 1_700_000_000_000 });
    const ids = Array.from({ length: 50_000 }, () => next());
    const outOfOrder = ids.findIndex((id, i) => i > 0 && id <= ids[i - 1]!);
    expect(outOfOrder).toBe(-1);
  });

  it('stays increasing when the clock goes backwards', () => {
    let now = 1_700_000_000_000;
    const next = createUuidV7Generator({ now: () => now });
    const first = next();
    now -= 60_000;
    const second = next();
    expect(second > first).toBe(true);
    expect(uuidV7Time(second)).toBe(1_700_000_000_000);
  });

  it('differs between generators started in the same millisecond', () => {
    const a = createUuidV7Generator({ now: () => 5 });
    const b = createUuidV7Generator({ now: () => 5 });
    expect(a()).not.toBe(b());
  });

  it('rejects strings that are not version 7 ids', () => {
    expect(isUuidV7('0190b5a2-5d5e-4c5a-8f5e-1234567890ab')).toBe(false);
    expect(isUuidV7('not-a-uuid')).toBe(false);
  });
});
