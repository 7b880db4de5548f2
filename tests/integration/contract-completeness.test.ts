import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-shared/api';
import { buildRegistry, HandlerRegistry } from '../../src-main/backend';

describe('the contract and the handlers', () => {
  it('has exactly one handler for every contract method, and no handler without one', () => {
    const handled = buildRegistry().methods();
    expect([...handled].sort()).toEqual([...METHOD_NAMES].sort());
    expect(new Set(handled).size).toBe(handled.length);
  });

  it('refuses a second handler for a method, and a handler for a method the contract lacks', () => {
    const registry = new HandlerRegistry();
    registry.register('app.info', () => {
      throw new Error('unused');
    });
    expect(() =>
      registry.register('app.info', () => {
        throw new Error('unused');
      }),
    ).toThrow(/already registered/);
    expect(() =>
      registry.register('records.explode' as 'app.info', () => {
        throw new Error('unused');
      }),
    ).toThrow(/not a method of the contract/);
  });
});
