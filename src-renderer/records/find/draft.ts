import type { FieldIssue } from '../../../src-shared/api';
import type { EntityDef } from '../../../src-shared/entities';
import {
  opsForType,
  resolveFieldPath,
  STATIC_METADATA,
  validateCriteria,
  type Criteria,
  type CriteriaGroup,
  type CriteriaNode,
  type CriteriaOp,
  type CriteriaValue,
} from '../../../src-shared/query';

/**
 * The filter builder's working copy of criteria: the same tree with an id
 * on every node (React keys, and where an issue belongs) and conditions that
 * may still be incomplete (no field or operator chosen yet). Pure functions
 * that edit it immutably, turn it into criteria, and place the shared
 * validation's issues on the nodes they are about.
 */

export interface DraftCondition {
  readonly id: string;
  readonly kind: 'condition';
  readonly field: string;
  /** Empty until a field is chosen. */
  readonly op: CriteriaOp | '';
  readonly value?: CriteriaValue;
}

export interface DraftRelated {
  readonly id: string;
  readonly kind: 'related';
  /** The related record type and its lookup pointing here; empty until chosen. */
  readonly entity: string;
  readonly via: string;
  readonly match: 'some' | 'none';
  readonly where: DraftGroup;
}

export interface DraftGroup {
  readonly id: string;
  readonly kind: 'group';
  readonly op: 'and' | 'or';
  readonly items: readonly DraftNode[];
}

export type DraftNode = DraftCondition | DraftRelated | DraftGroup;

let counter = 0;
export function nextId(): string {
  counter += 1;
  return `n${counter}`;
}

export function emptyCondition(): DraftCondition {
  return { id: nextId(), kind: 'condition', field: '', op: '' };
}

export function emptyGroup(op: 'and' | 'or' = 'and', items: readonly DraftNode[] = []): DraftGroup {
  return { id: nextId(), kind: 'group', op, items };
}

export function toDraft(criteria: Criteria): DraftGroup {
  const node = (n: CriteriaNode): DraftNode => {
    switch (n.kind) {
      case 'condition':
        return { id: nextId(), ...n };
      case 'related':
        return { id: nextId(), ...n, where: toDraft(n.where) };
      case 'group':
        return toDraft(n);
    }
  };
  return { id: nextId(), kind: 'group', op: criteria.op, items: criteria.items.map(node) };
}

export function toCriteria(group: DraftGroup): Criteria {
  const node = (n: DraftNode): CriteriaNode => {
    switch (n.kind) {
      case 'condition':
        return {
          kind: 'condition',
          field: n.field,
          op: n.op as CriteriaOp,
          ...(n.value !== undefined ? { value: n.value } : {}),
        };
      case 'related':
        return { kind: 'related', entity: n.entity, via: n.via, match: n.match, where: toCriteria(n.where) };
      case 'group':
        return toCriteria(n);
    }
  };
  return { kind: 'group', op: group.op, items: group.items.map(node) };
}

/** The tree with the node `id` replaced by `change(node)` (or removed when it returns null). */
export function updateNode(group: DraftGroup, id: string, change: (node: DraftNode) => DraftNode | null): DraftGroup {
  const visit = (node: DraftNode): DraftNode | null => {
    if (node.id === id) return change(node);
    if (node.kind === 'group') return updateNode(node, id, change);
    if (node.kind === 'related') return { ...node, where: updateNode(node.where, id, change) };
    return node;
  };
  if (group.id === id) {
    const changed = change(group);
    return changed && changed.kind === 'group' ? changed : group;
  }
  return {
    ...group,
    items: group.items.map(visit).filter((n): n is DraftNode => n !== null),
  };
}

/** A condition with a new field: the first operator that fits it, and no value. */
export function withField(condition: DraftCondition, entity: EntityDef, path: string): DraftCondition {
  const resolved = resolveFieldPath(entity, path, STATIC_METADATA);
  const ops = 'problem' in resolved ? [] : uiOps(resolved.field.type);
  return { id: condition.id, kind: 'condition', field: path, op: ops[0] ?? '' };
}

/** A condition with a new operator: keeps the value when it still fits, drops it otherwise. */
export function withOp(condition: DraftCondition, op: CriteriaOp, shapeOf: (op: CriteriaOp) => string): DraftCondition {
  const keep = condition.op !== '' && shapeOf(condition.op) === shapeOf(op);
  const { value, ...rest } = condition;
  return keep && value !== undefined ? { ...rest, op, value } : { ...rest, op };
}

/**
 * Operators the builder offers for a field type: those of the shared table
 * whose values it has an input for. (Lists of records and references to
 * records of several types are left to the API.)
 */
export function uiOps(type: Parameters<typeof opsForType>[0]): readonly CriteriaOp[] {
  const ops = opsForType(type);
  if (type === 'lookup') return ops.filter((op) => op !== 'in' && op !== 'not_in');
  if (type === 'regarding' || type === 'parties') return ops.filter((op) => op === 'empty' || op === 'not_empty');
  return ops;
}

export type PlacedIssues = ReadonlyMap<string, { readonly part: string; readonly issue: FieldIssue }[]>;

/** Validates the draft as criteria and files each issue under the node (and the part of it) it is about. */
export function checkDraft(group: DraftGroup, entity: EntityDef): { criteria: Criteria; issues: PlacedIssues } {
  const criteria = toCriteria(group);
  const outcome = validateCriteria(criteria, entity);
  const placed = new Map<string, { part: string; issue: FieldIssue }[]>();
  for (const issue of outcome.issues) {
    let node: DraftNode = group;
    let part = '';
    const path = [...issue.path];
    while (path.length > 0) {
      const key = path.shift();
      if (key === 'items' && node.kind === 'group') {
        const next: DraftNode | undefined = node.items[Number(path.shift())];
        if (!next) break;
        node = next;
      } else if (key === 'where' && node.kind === 'related') {
        node = node.where;
      } else {
        part = String(key);
        break;
      }
    }
    placed.set(node.id, [...(placed.get(node.id) ?? []), { part, issue }]);
  }
  return { criteria: outcome.criteria, issues: placed };
}

export function isEmptyGroup(group: CriteriaGroup | DraftGroup): boolean {
  return group.items.length === 0;
}
