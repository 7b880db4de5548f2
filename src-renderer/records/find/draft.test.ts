import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../src-shared/entities';
import { operandShape, type Criteria } from '../../../src-shared/query';
import {
  checkDraft,
  emptyCondition,
  emptyGroup,
  toCriteria,
  toDraft,
  uiOps,
  updateNode,
  withField,
  withOp,
  type DraftCondition,
} from './draft';

const contact = getEntity('contact');
const criteria: Criteria = {
  kind: 'group',
  op: 'and',
  items: [
    { kind: 'condition', field: 'account_id.industry', op: 'in', value: ['retail'] },
    { kind: 'group', op: 'or', items: [{ kind: 'condition', field: 'email', op: 'empty' }] },
  ],
};

describe('the filter builder’s draft', () => {
  it('round-trips criteria', () => {
    expect(toCriteria(toDraft(criteria))).toEqual(criteria);
  });

  it('edits and removes nodes anywhere in the tree without touching the rest', () => {
    const draft = toDraft(criteria);
    const inner = draft.items[1]!;
    if (inner.kind !== 'group') throw new Error('group expected');
    const added = updateNode(draft, inner.id, (g) =>
      g.kind === 'group' ? { ...g, items: [...g.items, emptyCondition()] } : g,
    );
    expect(toCriteria(added).items[1]).toMatchObject({ kind: 'group', items: [{}, { field: '', op: '' }] });
    const removed = updateNode(added, draft.items[0]!.id, () => null);
    expect(toCriteria(removed).items).toHaveLength(1);
    expect(toCriteria(draft)).toEqual(criteria);
  });

  it('offers the operators of the field type and starts with the first; keeps a value only while it fits', () => {
    const chosen = withField(emptyCondition(), contact, 'birthday');
    expect(chosen.op).toBe('today');
    expect(uiOps('lookup')).not.toContain('in');
    expect(uiOps('parties')).toEqual(['empty', 'not_empty']);
    const between: DraftCondition = { ...chosen, op: 'between', value: ['2020-01-01', '2020-12-31'] };
    expect(withOp(between, 'between', operandShape).value).toEqual(['2020-01-01', '2020-12-31']);
    expect(withOp(between, 'gte', operandShape).value).toBeUndefined();
    expect(withOp({ ...chosen, op: 'gt', value: '2020-01-01' }, 'lt', operandShape).value).toBe('2020-01-01');
  });

  it('places the shared validation’s issues on the nodes they are about', () => {
    const incomplete = emptyCondition();
    const badValue: DraftCondition = { id: 'x1', kind: 'condition', field: 'birthday', op: 'next_n_days', value: 0 };
    const draft = emptyGroup('and', [incomplete, emptyGroup('or', [badValue])]);
    const { issues } = checkDraft(draft, contact);
    expect(issues.get(incomplete.id)?.map((i) => [i.part, i.issue.messageKey])).toEqual([
      ['field', 'validation.unknown_field'],
    ]);
    expect(issues.get('x1')?.map((i) => [i.part, i.issue.messageKey])).toEqual([['value', 'validation.days']]);
  });
});
