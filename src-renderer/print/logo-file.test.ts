import { describe, expect, it } from 'vitest';
import { MAX_LOGO_CHARS } from '../../src-shared/api/sales';
import { checkLogoFile, formatFileSize, maxLogoBytes } from './logo-file';

describe('checkLogoFile', () => {
  it('accepts PNG, JPEG and SVG images whose data URL fits', () => {
    expect(checkLogoFile({ name: 'logo.png', type: 'image/png', size: 20_000 })).toBeNull();
    expect(checkLogoFile({ name: 'logo.svg', type: 'image/svg+xml', size: 1_000 })).toBeNull();
    expect(checkLogoFile({ name: 'logo.jpg', type: 'image/jpeg', size: maxLogoBytes('image/jpeg') })).toBeNull();
  });

  it('refuses other types and files whose data URL would be too long', () => {
    expect(checkLogoFile({ name: 'logo.gif', type: 'image/gif', size: 10 })).toEqual({
      kind: 'type',
      name: 'logo.gif',
    });
    expect(checkLogoFile({ name: 'logo.pdf', type: 'application/pdf', size: 10 })).toMatchObject({ kind: 'type' });
    const max = maxLogoBytes('image/png');
    expect(checkLogoFile({ name: 'big.png', type: 'image/png', size: max + 1 })).toEqual({
      kind: 'size',
      size: max + 1,
      max,
    });
  });

  it('allows exactly what fits in the contract’s limit once base64-encoded', () => {
    const max = maxLogoBytes('image/png');
    const encoded = 'data:image/png;base64,'.length + Math.ceil(max / 3) * 4;
    expect(encoded).toBeLessThanOrEqual(MAX_LOGO_CHARS);
    expect('data:image/png;base64,'.length + Math.ceil((max + 3) / 3) * 4).toBeGreaterThan(MAX_LOGO_CHARS);
  });
});

describe('formatFileSize', () => {
  it('writes sizes in the user’s locale', () => {
    expect(formatFileSize('en-US', 299_982)).toBe('300 kB');
    expect(formatFileSize('en-US', 1_250_000)).toBe('1.3 MB');
    expect(formatFileSize('fa-IR', 5_000)).toMatch(/۵/);
  });
});
