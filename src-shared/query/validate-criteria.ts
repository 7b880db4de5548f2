import type { FieldIssue } from '../api/errors';
import type { EntityDef, FieldDef } from '../entities/types';
import { formatRef, parseRef } from '../rules/records/field-formats';
import { validateField } from '../rules/records/validate-values';
import {
  MAX_CRITERIA_CONDITIONS,
  MAX_CRITERIA_DEPTH,
  MAX_CRITERIA_TEXT,
  type Criteria,
  type CriteriaGroup,
  type CriteriaNode,
  type CriteriaValue,
  type FieldCondition,
  type RelatedCondition,
} from './criteria';
import { criteriaIssue, type IssuePath } from './issues';
import { childRelations, resolveFieldPath, STATIC_METADATA, type CriteriaMetadata } from './metadata';
import { criteriaKindOf, MAX_DAYS, MAX_LIST_VALUES, opsForType, operandShape, type CriteriaKind } from './operators';

/**
 * Checks criteria against the entity metadata: every field exists, every
 * operator fits its field's type, every value is of the field's type. Also
 * normalises values the way record values are (canonical money, lower-case
 * ids, trimmed text), so the compiled SQL compares like with like. Runs in
 * the filter builder (instant feedback) and in main before any SQL is built.
 * Issue paths are relative to the criteria root (`['items', 0, 'value']`).
 */

export interface CriteriaOutcome {
  /** The criteria with normalised values; only meaningful when there are no issues. */
  readonly criteria: Criteria;
  readonly issues: FieldIssue[];
}

interface Walk {
  readonly metadata: CriteriaMetadata;
  readonly issues: FieldIssue[];
  conditions: number;
}

type Operand = { value: string | number | boolean } | { issue: FieldIssue };

const TEXT_KINDS: ReadonlySet<CriteriaKind> = new Set(['text', 'long_text']);
const ORDERED_KINDS: ReadonlySet<CriteriaKind> = new Set(['number', 'money', 'date']);

/** One value of the field's type, normalised, or the issue with it. */
function operand(field: FieldDef, raw: unknown, path: IssuePath): Operand {
  const kind = criteriaKindOf(field.type);
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) {
    return { issue: criteriaIssue(path, 'validation.needs_value') };
  }
  if (TEXT_KINDS.has(kind)) {
    if (typeof raw !== 'string') return { issue: criteriaIssue(path, 'validation.type') };
    const text = raw.trim();
    return text.length > MAX_CRITERIA_TEXT
      ? { issue: criteriaIssue(path, 'validation.too_long', { max: MAX_CRITERIA_TEXT }) }
      : { value: text };
  }
  if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
    return { issue: criteriaIssue(path, 'validation.type') };
  }
  if (field.type === 'multichoice') {
    // Conditions name one value of the list at a time.
    return typeof raw === 'string' && field.choices.includes(raw)
      ? { value: raw }
      : { issue: criteriaIssue(path, 'validation.choice') };
  }
  if (field.type === 'parties') {
    const ref = typeof raw === 'string' ? parseRef(raw) : null;
    return ref && field.targets.includes(ref.entity)
      ? { value: formatRef(ref.entity, ref.id) }
      : { issue: criteriaIssue(path, 'validation.id') };
  }
  // A condition may look beyond a field's bounds ("more than 20 million employees").
  const unbounded = field.type === 'integer' ? { ...field, min: undefined, max: undefined } : field;
  const checked = validateField({ ...unbounded, required: true } as FieldDef, raw);
  if ('issue' in checked) {
    const { messageKey, params } = checked.issue;
    return { issue: criteriaIssue(path, messageKey, params) };
  }
  const value = checked.value;
  if (Array.isArray(value) || value === null) return { issue: criteriaIssue(path, 'validation.type') };
  return { value: value as string | number | boolean };
}

/** Canonical money ("-12.5") as an exact integer of ten-thousandths, for ordering. */
function scaledMoney(text: string): bigint {
  const [int = '0', frac = ''] = text.replace('-', '').split('.');
  const scaled = BigInt(int + frac.padEnd(4, '0'));
  return text.startsWith('-') ? -scaled : scaled;
}

function compareOperands(kind: CriteriaKind, a: string | number | boolean, b: string | number | boolean): number {
  const [x, y] = kind === 'money' ? [scaledMoney(String(a)), scaledMoney(String(b))] : [a, b];
  return x < y ? -1 : x > y ? 1 : 0;
}

function checkValue(
  field: FieldDef,
  condition: FieldCondition,
  path: IssuePath,
  issues: FieldIssue[],
): CriteriaValue | undefined {
  const valuePath = [...path, 'value'];
  const raw = condition.value;
  switch (operandShape(condition.op)) {
    case 'none':
      if (raw !== undefined && raw !== null) issues.push(criteriaIssue(valuePath, 'validation.needs_no_value'));
      return undefined;
    case 'days': {
      const days = typeof raw === 'string' && /^\s*\d{1,5}\s*$/.test(raw) ? Number(raw) : raw;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
        issues.push(criteriaIssue(valuePath, 'validation.days', { max: MAX_DAYS }));
        return undefined;
      }
      return days;
    }
    case 'one': {
      if (Array.isArray(raw)) {
        issues.push(criteriaIssue(valuePath, 'validation.type'));
        return undefined;
      }
      const one = operand(field, raw, valuePath);
      if ('issue' in one) {
        issues.push(one.issue);
        return undefined;
      }
      return one.value;
    }
    case 'list':
    case 'pair': {
      const pair = operandShape(condition.op) === 'pair';
      if (!Array.isArray(raw) || raw.length === 0 || (pair && raw.length !== 2) || raw.length > MAX_LIST_VALUES) {
        issues.push(criteriaIssue(valuePath, pair ? 'validation.needs_two' : 'validation.needs_list'));
        return undefined;
      }
      const values: (string | number)[] = [];
      for (const [i, item] of raw.entries()) {
        const one = operand(field, item, [...valuePath, i]);
        if ('issue' in one) issues.push(one.issue);
        else values.push(one.value as string | number);
      }
      if (values.length !== raw.length) return undefined;
      const kind = criteriaKindOf(field.type);
      if (pair && ORDERED_KINDS.has(kind) && compareOperands(kind, values[0]!, values[1]!) > 0) {
        issues.push(criteriaIssue(valuePath, 'validation.range_order'));
        return undefined;
      }
      return values;
    }
  }
}

function checkCondition(entity: EntityDef, node: FieldCondition, path: IssuePath, walk: Walk): FieldCondition {
  walk.conditions++;
  const resolved = resolveFieldPath(entity, node.field, walk.metadata);
  if ('problem' in resolved) {
    const key = resolved.problem === 'unknown_field' ? 'validation.unknown_field' : 'validation.not_a_lookup';
    walk.issues.push(criteriaIssue([...path, 'field'], key, { field: resolved.field }));
    return node;
  }
  if (!opsForType(resolved.field.type).includes(node.op)) {
    walk.issues.push(criteriaIssue([...path, 'op'], 'validation.filter_op', { op: node.op }));
    return node;
  }
  const value = checkValue(resolved.field, node, path, walk.issues);
  const { value: _raw, ...rest } = node;
  return value === undefined ? rest : { ...rest, value };
}

function checkRelated(
  entity: EntityDef,
  node: RelatedCondition,
  path: IssuePath,
  depth: number,
  walk: Walk,
): RelatedCondition {
  walk.conditions++;
  const relation = childRelations(entity, walk.metadata).find(
    (r) => r.entity.name === node.entity && r.via.name === node.via,
  );
  if (!relation) {
    walk.issues.push(
      criteriaIssue([...path, 'via'], 'validation.unknown_relation', { entity: node.entity, field: node.via }),
    );
    return node;
  }
  return { ...node, where: checkGroup(relation.entity, node.where, [...path, 'where'], depth + 1, walk) };
}

function checkNode(entity: EntityDef, node: CriteriaNode, path: IssuePath, depth: number, walk: Walk): CriteriaNode {
  switch (node.kind) {
    case 'condition':
      return checkCondition(entity, node, path, walk);
    case 'related':
      return checkRelated(entity, node, path, depth, walk);
    case 'group':
      return checkGroup(entity, node, path, depth + 1, walk);
  }
}

function checkGroup(
  entity: EntityDef,
  group: CriteriaGroup,
  path: IssuePath,
  depth: number,
  walk: Walk,
): CriteriaGroup {
  if (depth > MAX_CRITERIA_DEPTH) {
    walk.issues.push(criteriaIssue(path, 'validation.criteria_too_deep', { max: MAX_CRITERIA_DEPTH }));
    return group;
  }
  return { ...group, items: group.items.map((item, i) => checkNode(entity, item, [...path, 'items', i], depth, walk)) };
}

export function validateCriteria(
  criteria: Criteria,
  entity: EntityDef,
  metadata: CriteriaMetadata = STATIC_METADATA,
): CriteriaOutcome {
  const walk: Walk = { metadata, issues: [], conditions: 0 };
  const checked = checkGroup(entity, criteria, [], 1, walk);
  if (walk.conditions > MAX_CRITERIA_CONDITIONS) {
    walk.issues.unshift(criteriaIssue([], 'validation.criteria_too_many', { max: MAX_CRITERIA_CONDITIONS }));
  }
  return { criteria: checked, issues: walk.issues };
}
