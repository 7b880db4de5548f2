import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from './money';
import {
  baseFactor,
  convertQuantity,
  convertQuantityText,
  toBaseQuantity,
  validateUnitGroup,
  type UnitGroup,
} from './units';

const DRINKS: UnitGroup = {
  baseUnit: 'Each',
  units: [
    { name: 'Six-pack', quantity: '6', of: 'Each' },
    { name: 'Case', quantity: '12', of: 'Each' },
    { name: 'Pallet', quantity: '40', of: 'Case' },
  ],
};

const keys = (issues: readonly { messageKey: string }[]) => issues.map((i) => i.messageKey);

describe('unit groups', () => {
  it('accepts a well-formed group', () => {
    expect(validateUnitGroup(DRINKS)).toEqual([]);
  });

  it('converts to the base unit through the chain of definitions', () => {
    const pallets = toBaseQuantity(DRINKS, 'Pallet', new Dec(2));
    expect(pallets.ok && pallets.value.toString()).toBe('960');
    const each = baseFactor(DRINKS, 'Each');
    expect(each.ok && each.value.toString()).toBe('1');
    expect(convertQuantityText(DRINKS, '18', 'Each', 'Case')).toEqual({ ok: true, value: '1.5' });
    expect(convertQuantityText(DRINKS, '1', 'Case', 'Six-pack')).toEqual({ ok: true, value: '2' });
  });

  it('refuses unknown units with a structured issue', () => {
    expect(toBaseQuantity(DRINKS, 'Barrel', new Dec(1))).toEqual({
      ok: false,
      issues: [{ path: ['unit'], messageKey: 'validation.pricing.unknown_unit', params: { unit: 'Barrel' } }],
    });
    const group: UnitGroup = { baseUnit: 'Each', units: [{ name: 'Box', quantity: '10', of: 'Crate' }] };
    expect(validateUnitGroup(group)).toEqual([
      { path: ['units', 0, 'of'], messageKey: 'validation.pricing.unknown_unit', params: { unit: 'Crate' } },
    ]);
  });

  it('refuses cycles instead of looping', () => {
    const group: UnitGroup = {
      baseUnit: 'Each',
      units: [
        { name: 'A', quantity: '2', of: 'B' },
        { name: 'B', quantity: '3', of: 'A' },
        { name: 'C', quantity: '4', of: 'Each' },
      ],
    };
    expect(keys(validateUnitGroup(group))).toEqual(['validation.pricing.unit_cycle', 'validation.pricing.unit_cycle']);
    expect(validateUnitGroup(group).map((i) => i.path)).toEqual([
      ['units', 0, 'of'],
      ['units', 1, 'of'],
    ]);
    const a = toBaseQuantity(group, 'A', new Dec(1));
    expect(!a.ok && keys(a.issues)).toEqual(['validation.pricing.unit_cycle']);
    const self: UnitGroup = { baseUnit: 'Each', units: [{ name: 'Loop', quantity: '1', of: 'Loop' }] };
    expect(keys(validateUnitGroup(self))).toEqual(['validation.pricing.unit_cycle']);
  });

  it('refuses duplicates, a redefined base unit and quantities that are not positive', () => {
    const group: UnitGroup = {
      baseUnit: 'Each',
      units: [
        { name: 'Each', quantity: '1', of: 'Each' },
        { name: 'Box', quantity: '0', of: 'Each' },
        { name: 'Box', quantity: '-2', of: 'Each' },
        { name: 'Bag', quantity: 'ten', of: 'Each' },
      ],
    };
    expect(keys(validateUnitGroup(group))).toEqual([
      'validation.pricing.base_unit_defined',
      'validation.pricing.unit_quantity_not_positive',
      'validation.pricing.unit_duplicate',
      'validation.pricing.unit_quantity_not_positive',
      'validation.pricing.unit_quantity_not_positive',
    ]);
  });

  it('round-trips a quantity through the base unit exactly, and between units', () => {
    const unit = fc.constantFrom('Each', 'Six-pack', 'Case', 'Pallet');
    const quantity = fc
      .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
      .map(([n, scale]) => new Dec(n).dividedBy(10 ** scale));
    fc.assert(
      fc.property(quantity, unit, unit, (q, from, to) => {
        const base = toBaseQuantity(DRINKS, from, q);
        const back = base.ok && convertQuantity(DRINKS, base.value, 'Each', from);
        expect(back && back.ok && back.value.equals(q)).toBe(true);
        const there = convertQuantity(DRINKS, q, from, to);
        const again = there.ok && convertQuantity(DRINKS, there.value, to, from);
        // Thirds of a six-pack have no finite decimal form: equal to 50 significant digits.
        expect(again && again.ok && again.value.toSignificantDigits(50).equals(q)).toBe(true);
      }),
    );
  });
});
