import { Dec, parseDecimal, toDecimalString } from './money';
import { fail, issue, ok, type PricingIssue, type PricingResult } from './issues';

/**
 * A unit group: one base unit, and units each defined as a quantity of
 * another unit of the group (Each; Six-pack = 6 Each; Case = 12 Each, or
 * Pallet = 40 Case). Units are named by their id (or name) within the group.
 */
export interface UnitDefinition {
  readonly name: string;
  /** How many `of` units this unit holds, a decimal string greater than zero. */
  readonly quantity: string;
  readonly of: string;
}

export interface UnitGroup {
  readonly baseUnit: string;
  readonly units: readonly UnitDefinition[];
}

/**
 * Every problem with a group's definitions: a unit defined twice, the base
 * unit redefined, a quantity that is not a positive number, a reference to an
 * unknown unit, and units defined through themselves (a cycle).
 */
export function validateUnitGroup(group: UnitGroup): PricingIssue[] {
  const issues: PricingIssue[] = [];
  const seen = new Set<string>();
  group.units.forEach((unit, index) => {
    if (unit.name === group.baseUnit)
      issues.push(issue(['units', index, 'name'], 'base_unit_defined', { unit: unit.name }));
    else if (seen.has(unit.name)) issues.push(issue(['units', index, 'name'], 'unit_duplicate', { unit: unit.name }));
    seen.add(unit.name);
    const quantity = parseDecimal(unit.quantity);
    if (!quantity || !quantity.isPositive() || quantity.isZero())
      issues.push(issue(['units', index, 'quantity'], 'unit_quantity_not_positive', { unit: unit.name }));
    if (unit.of !== group.baseUnit && !group.units.some((u) => u.name === unit.of))
      issues.push(issue(['units', index, 'of'], 'unknown_unit', { unit: unit.of }));
  });
  if (issues.length > 0) return issues;
  group.units.forEach((unit, index) => {
    const factor = baseFactor(group, unit.name);
    if (!factor.ok && factor.issues.some((i) => i.messageKey.endsWith('unit_cycle')))
      issues.push(issue(['units', index, 'of'], 'unit_cycle', { unit: unit.name }));
  });
  return issues;
}

/**
 * How many base units one `unit` holds (Case -> 12), following the chain of
 * definitions. Refuses unknown units and cycles rather than looping.
 */
export function baseFactor(group: UnitGroup, unit: string): PricingResult<Dec> {
  // Every line of a document asks this of the same few groups: work each answer out once.
  let known = factors.get(group);
  if (!known) factors.set(group, (known = new Map()));
  let result = known.get(unit);
  if (!result) known.set(unit, (result = computeBaseFactor(group, unit)));
  return result;
}

const factors = new WeakMap<UnitGroup, Map<string, PricingResult<Dec>>>();

function computeBaseFactor(group: UnitGroup, unit: string): PricingResult<Dec> {
  let factor = new Dec(1);
  let current = unit;
  const visited = new Set<string>();
  while (current !== group.baseUnit) {
    if (visited.has(current)) return fail([issue(['unit'], 'unit_cycle', { unit })]);
    visited.add(current);
    const definition = group.units.find((u) => u.name === current);
    if (!definition) return fail([issue(['unit'], 'unknown_unit', { unit: current })]);
    const quantity = parseDecimal(definition.quantity);
    if (!quantity || quantity.lte(0)) return fail([issue(['unit'], 'unit_quantity_not_positive', { unit: current })]);
    factor = factor.times(quantity);
    current = definition.of;
  }
  return ok(factor);
}

/** The quantity in base units: 2 Case -> 24 Each. Exact (a product of decimals). */
export function toBaseQuantity(group: UnitGroup, unit: string, quantity: Dec): PricingResult<Dec> {
  const factor = baseFactor(group, unit);
  return factor.ok ? ok(quantity.times(factor.value)) : factor;
}

/**
 * A quantity of one unit in another (18 Each -> 1.5 Case). Exact whenever the
 * result has a finite decimal form; otherwise to 60 significant digits.
 */
export function convertQuantity(group: UnitGroup, quantity: Dec, from: string, to: string): PricingResult<Dec> {
  const fromFactor = baseFactor(group, from);
  if (!fromFactor.ok) return fromFactor;
  const toFactor = baseFactor(group, to);
  if (!toFactor.ok) return toFactor;
  return ok(quantity.times(fromFactor.value).dividedBy(toFactor.value));
}

/** `convertQuantity` on decimal strings, for callers that hold stored values. */
export function convertQuantityText(
  group: UnitGroup,
  quantity: string,
  from: string,
  to: string,
): PricingResult<string> {
  const parsed = parseDecimal(quantity);
  if (!parsed) return fail([issue(['quantity'], 'not_a_number')]);
  const result = convertQuantity(group, parsed, from, to);
  return result.ok ? ok(toDecimalString(result.value)) : result;
}
