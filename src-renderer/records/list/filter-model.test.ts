import { describe, expect, it } from 'vitest';
import { getEntity, getField, type FieldDef } from '../../../src-shared/entities';
import { DISPLAY_NAME_FIELD } from './columns';
import { buildFilters, operatorsFor, toApiFilter } from './filter-model';

const account = getEntity('account');
const field = (name: string): FieldDef => {
  const f = getField(account, name);
  if (!f) throw new Error(name);
  return f;
};
const ID = '0190f3a2-1c2d-7abc-8def-0123456789ab';

describe('column filters', () => {
  it('offers operators that fit each field type', () => {
    expect(operatorsFor(DISPLAY_NAME_FIELD)).toEqual(['contains', 'begins', 'eq', 'empty', 'not_empty']);
    expect(operatorsFor(field('relationship_type'))).toEqual(['in', 'empty', 'not_empty']);
    expect(operatorsFor(field('annual_revenue'))).toEqual(['between', 'empty', 'not_empty']);
    expect(operatorsFor(field('parent_account_id'))).toEqual(['eq', 'empty', 'not_empty']);
    expect(operatorsFor(field('description'))).toEqual(['contains', 'empty', 'not_empty']);
  });

  it('builds text, choice and emptiness filters', () => {
    expect(buildFilters(field('email'), { op: 'contains', text: '  acme ' })).toEqual({
      filters: [{ field: 'email', op: 'contains', value: 'acme' }],
    });
    expect(buildFilters(field('email'), { op: 'contains', text: ' ' })).toEqual({ error: 'filter.need_value' });
    expect(buildFilters(field('industry'), { op: 'in', values: ['retail', 'media'] })).toEqual({
      filters: [{ field: 'industry', op: 'in', value: ['retail', 'media'] }],
    });
    expect(buildFilters(field('industry'), { op: 'in', values: [] })).toEqual({ error: 'filter.need_choice' });
    expect(buildFilters(field('phone'), { op: 'empty', text: 'ignored' })).toEqual({
      filters: [{ field: 'phone', op: 'empty' }],
    });
  });

  it('turns a range into gte/lte with values normalised by the shared rules', () => {
    expect(buildFilters(field('annual_revenue'), { op: 'between', from: '1,000.50', to: '' })).toEqual({
      filters: [{ field: 'annual_revenue', op: 'gte', value: '1000.5' }],
    });
    expect(buildFilters(field('employees'), { op: 'between', from: '10', to: '250' })).toEqual({
      filters: [
        { field: 'employees', op: 'gte', value: 10 },
        { field: 'employees', op: 'lte', value: 250 },
      ],
    });
    expect(buildFilters(field('employees'), { op: 'between', from: 'ten' })).toEqual({ error: 'validation.integer' });
    expect(buildFilters(field('employees'), { op: 'between' })).toEqual({ error: 'filter.need_range' });
  });

  it('keeps a chosen record name for the chip but never sends it', () => {
    const built = buildFilters(field('parent_account_id'), { op: 'eq', ref: { id: ID, name: 'Acme' } });
    expect(built).toEqual({ filters: [{ field: 'parent_account_id', op: 'eq', value: ID, label: 'Acme' }] });
    if (!('filters' in built) || !built.filters[0]) throw new Error('no filter');
    expect(toApiFilter(built.filters[0])).toEqual({ field: 'parent_account_id', op: 'eq', value: ID });
    expect(buildFilters(field('parent_account_id'), { op: 'eq', ref: null })).toEqual({ error: 'filter.need_record' });
  });
});

describe('column filters on the field types of activities', () => {
  const activity = getEntity('activity');
  const of = (name: string): FieldDef => {
    const f = getField(activity, name);
    if (!f) throw new Error(name);
    return f;
  };

  it('offers ranges for moments and durations, any-of for multi-choice, one record for references', () => {
    expect(operatorsFor(of('due_date'))).toEqual(['between', 'empty', 'not_empty']);
    expect(operatorsFor(of('actual_duration'))).toEqual(['between', 'empty', 'not_empty']);
    expect(operatorsFor(of('recurrence_weekdays'))).toEqual(['in', 'empty', 'not_empty']);
    expect(operatorsFor(of('regarding'))).toEqual(['eq', 'empty', 'not_empty']);
    expect(operatorsFor(of('to'))).toEqual(['eq', 'empty', 'not_empty']);
  });

  it('turns a range of local days into moments: from the first day’s start to the start of the day after the last', () => {
    const result = buildFilters(of('due_date'), { op: 'between', from: '2025-03-01', to: '2025-03-31' });
    expect(result).toEqual({
      filters: [
        { field: 'due_date', op: 'gte', value: new Date(2025, 2, 1).toISOString() },
        { field: 'due_date', op: 'lt', value: new Date(2025, 3, 1).toISOString() },
      ],
    });
    expect(buildFilters(of('actual_duration'), { op: 'between', from: '1:00' })).toEqual({
      filters: [{ field: 'actual_duration', op: 'gte', value: 60 }],
    });
    expect(buildFilters(of('due_date'), { op: 'between' })).toEqual({ error: 'filter.need_range' });
  });
});
