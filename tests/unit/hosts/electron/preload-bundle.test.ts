import { describe, expect, it } from 'vitest';
import config from '../../../../electron.vite.config';

/**
 * A sandboxed preload can require nothing but `electron`: everything else it
 * uses (the contract, and zod under it) must be bundled into
 * out/preload/index.cjs. electron-vite externalizes dependencies unless told
 * not to, which would leave `require("zod")` in the preload and break the
 * window at start-up.
 */
describe('preload bundle settings', () => {
  it('bundles the preload as one CommonJS file with its dependencies inside', () => {
    const preload = (config as { preload?: { build?: Record<string, unknown> } }).preload;
    expect(preload?.build?.['externalizeDeps']).toBe(false);
    const output = (preload?.build?.['rollupOptions'] as { output?: { format?: string } } | undefined)?.output;
    expect(output?.format).toBe('cjs');
  });
});
