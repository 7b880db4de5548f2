import { describe, expect, it } from 'vitest';
import { getEntity } from '../../../src-shared/entities';
import type { Criteria } from '../../../src-shared/query';
import { systemViewsOf } from '../../../src-shared/views/system-views';
import { effectiveView, hasConditions, isModified, queryColumns, withFilters } from './view-state';

const contact = getEntity('contact');
const [active, mine] = systemViewsOf(contact);
const untouched = { sort: { field: 'display_name', dir: 'asc' } as const, columns: null, criteria: null, filters: [] };
const retail: Criteria = {
  kind: 'group',
  op: 'and',
  items: [{ kind: 'condition', field: 'account_id.industry', op: 'eq', value: 'retail' }],
};

describe('a list and its view', () => {
  it('shows the view as saved until the user changes something', () => {
    expect(effectiveView(mine!, untouched)).toEqual({
      columns: mine!.columns,
      sort: mine!.sort,
      criteria: mine!.criteria,
    });
    expect(isModified(mine!, untouched)).toBe(false);
    expect(isModified(mine!, { ...untouched, sort: { field: 'last_name', dir: 'asc' } })).toBe(true);
    expect(isModified(mine!, { ...untouched, columns: ['email'] })).toBe(true);
    expect(isModified(mine!, { ...untouched, columns: [...mine!.columns] })).toBe(false);
    expect(isModified(mine!, { ...untouched, criteria: retail })).toBe(true);
    expect(isModified(mine!, { ...untouched, filters: [{ field: 'email', op: 'empty' }] })).toBe(true);
  });

  it('folds column filters into the criteria as AND conditions', () => {
    const filters = [
      { field: 'email', op: 'empty' as const },
      { field: 'last_name', op: 'begins' as const, value: 'Iv' },
    ];
    expect(withFilters(active!.criteria, filters)).toEqual({
      kind: 'group',
      op: 'and',
      items: [
        { kind: 'condition', field: 'email', op: 'empty' },
        { kind: 'condition', field: 'last_name', op: 'begins', value: 'Iv' },
      ],
    });
    expect(withFilters(retail, filters).items).toHaveLength(3);
    const either: Criteria = { ...retail, op: 'or' };
    expect(withFilters(either, filters)).toEqual({
      kind: 'group',
      op: 'and',
      items: [either, ...withFilters(active!.criteria, filters).items],
    });
    expect(withFilters(retail, [])).toBe(retail);
  });

  it('sends columns and criteria only when they change the default query', () => {
    expect(queryColumns(contact, contact.listColumns)).toBeNull();
    expect(queryColumns(contact, ['email'])).toEqual(['email']);
    expect(hasConditions(active!.criteria)).toBe(false);
    expect(hasConditions(retail)).toBe(true);
    expect(hasConditions({ kind: 'group', op: 'or', items: [{ kind: 'group', op: 'and', items: [] }] })).toBe(false);
  });
});
