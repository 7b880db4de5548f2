/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { CATALOGS, messageAt } from '../../i18n';

describe('sales rule messages', () => {
  it('every key the sales rules can refuse with exists in every language', () => {
    const sources = import.meta.glob(['./*.ts', '!./*.test.ts'], { query: '?raw', import: 'default', eager: true });
    const keys = new Set<string>();
    for (const text of Object.values(sources) as string[])
      for (const m of text.matchAll(/['"`](sales\.[a-z_]+\.[a-z_]+)['"`]/g)) keys.add(m[1] ?? '');
    expect(keys.size).toBeGreaterThan(25);
    for (const [lang, catalog] of Object.entries(CATALOGS))
      for (const key of keys) expect(messageAt(catalog, key), `${lang}: ${key}`).toBeTruthy();
  });
});
