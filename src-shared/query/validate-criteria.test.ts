import { describe, expect, it } from 'vitest';
import { getEntity } from '../entities';
import { CATALOGS, messageAt } from '../i18n';
import {
  criteriaSchema,
  MAX_CRITERIA_CONDITIONS,
  MAX_CRITERIA_DEPTH,
  type Criteria,
  type CriteriaNode,
} from './criteria';
import { countConditions } from './criteria';
import { validateCriteria } from './validate-criteria';

const account = getEntity('account');
const contact = getEntity('contact');
const UUID = '0190b5a2-5d5e-7c5a-8f5e-1234567890ab';

const and = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'and', items });
const or = (...items: CriteriaNode[]): Criteria => ({ kind: 'group', op: 'or', items });
const cond = (field: string, op: string, value?: unknown): CriteriaNode =>
  ({ kind: 'condition', field, op, ...(value !== undefined ? { value } : {}) }) as CriteriaNode;

function issuesOf(criteria: Criteria, entity = contact): [string, string][] {
  return validateCriteria(criteria, entity).issues.map((i) => [i.path.join('.'), i.messageKey]);
}

describe('validateCriteria', () => {
  it('accepts conditions on own fields, on a looked-up record’s fields and on related records, nested', () => {
    const criteria = and(
      cond('last_name', 'begins', 'Iv'),
      cond('account_id.industry', 'in', ['retail', 'wholesale']),
      or(cond('birthday', 'next_n_days', 30), cond('email', 'empty')),
      cond('owner_id', 'eq_current_user'),
    );
    expect(validateCriteria(criteria, contact).issues).toEqual([]);
    const hasContacts: Criteria = and({
      kind: 'related',
      entity: 'contact',
      via: 'account_id',
      match: 'some',
      where: and(cond('job_title', 'contains', 'buyer')),
    });
    expect(validateCriteria(hasContacts, account).issues).toEqual([]);
  });

  it('offers "in the past" on dates and moments only, without a value', () => {
    const activity = getEntity('activity');
    expect(validateCriteria(and(cond('due_date', 'before_now')), activity).issues).toEqual([]);
    expect(validateCriteria(and(cond('birthday', 'before_now')), contact).issues).toEqual([]);
    expect(issuesOf(and(cond('email', 'before_now'), cond('birthday', 'before_now', '2020-01-01')))).toEqual([
      ['items.0.op', 'validation.filter_op'],
      ['items.1.value', 'validation.needs_no_value'],
    ]);
  });

  it('normalises values like record values: trimmed text, canonical money, whole numbers, lower-case ids', () => {
    const { criteria, issues } = validateCriteria(
      and(
        cond('name', 'contains', '  Acme '),
        cond('annual_revenue', 'between', ['0012.50', '1 000']),
        cond('employees', 'gt', '25'),
        cond('primary_contact_id', 'eq', UUID.toUpperCase()),
      ),
      account,
    );
    expect(issues).toEqual([]);
    expect(criteria.items.map((c) => (c.kind === 'condition' ? c.value : null))).toEqual([
      'Acme',
      ['12.5', '1000'],
      25,
      UUID,
    ]);
  });

  it('names the unknown field, the field that is not a lookup and the relation that does not exist', () => {
    expect(
      issuesOf(
        and(
          cond('shoe_size', 'eq', '42'),
          cond('email.domain', 'eq', 'x'),
          cond('account_id.shoe_size', 'eq', 'x'),
          cond('account_id.industry.name', 'eq', 'x'),
        ),
      ),
    ).toEqual([
      ['items.0.field', 'validation.unknown_field'],
      ['items.1.field', 'validation.not_a_lookup'],
      ['items.2.field', 'validation.unknown_field'],
      ['items.3.field', 'validation.unknown_field'],
    ]);
    const related: Criteria = and({
      kind: 'related',
      entity: 'account',
      via: 'parent_account_id',
      match: 'some',
      where: and(),
    });
    expect(issuesOf(related, contact)).toEqual([['items.0.via', 'validation.unknown_relation']]);
  });

  it('refuses operators that do not fit the field type', () => {
    expect(
      issuesOf(
        and(
          cond('birthday', 'contains', '12'),
          cond('last_name', 'gt', 'M'),
          cond('do_not_email', 'in', [true]),
          cond('account_id', 'today'),
          cond('email', 'eq_current_user'),
        ),
      ),
    ).toEqual([
      ['items.0.op', 'validation.filter_op'],
      ['items.1.op', 'validation.filter_op'],
      ['items.2.op', 'validation.filter_op'],
      ['items.3.op', 'validation.filter_op'],
      ['items.4.op', 'validation.filter_op'],
    ]);
  });

  it('refuses values of the wrong type with the field rules’ own messages', () => {
    expect(
      issuesOf(
        and(
          cond('employees', 'gt', 'many'),
          cond('annual_revenue', 'lt', 'lots'),
          cond('industry', 'in', ['retail', 'piracy']),
          cond('primary_contact_id', 'eq', 'acme'),
          cond('name', 'contains', 12),
          cond('relationship_type', 'eq', true),
        ),
        account,
      ),
    ).toEqual([
      ['items.0.value', 'validation.integer'],
      ['items.1.value', 'validation.money'],
      ['items.2.value.1', 'validation.choice'],
      ['items.3.value', 'validation.id'],
      ['items.4.value', 'validation.type'],
      ['items.5.value', 'validation.choice'],
    ]);
    expect(issuesOf(and(cond('birthday', 'gte', '2023-02-30'), cond('do_not_email', 'eq', 'yes')))).toEqual([
      ['items.0.value', 'validation.date'],
      ['items.1.value', 'validation.boolean'],
    ]);
  });

  it('checks the shape of every operator’s value', () => {
    expect(
      issuesOf(
        and(
          cond('last_name', 'contains', '   '),
          cond('last_name', 'contains'),
          cond('email', 'empty', 'x'),
          cond('account_id.industry', 'in', []),
          cond('account_id.industry', 'in', 'retail'),
          cond('birthday', 'between', ['2020-01-01']),
          cond('birthday', 'between', ['2020-02-01', '2020-01-01']),
          cond('birthday', 'last_n_days', 0),
          cond('birthday', 'next_n_days', 99_999),
          cond('birthday', 'eq', ['2020-01-01']),
        ),
      ),
    ).toEqual([
      ['items.0.value', 'validation.needs_value'],
      ['items.1.value', 'validation.needs_value'],
      ['items.2.value', 'validation.needs_no_value'],
      ['items.3.value', 'validation.needs_list'],
      ['items.4.value', 'validation.needs_list'],
      ['items.5.value', 'validation.needs_two'],
      ['items.6.value', 'validation.range_order'],
      ['items.7.value', 'validation.days'],
      ['items.8.value', 'validation.days'],
      ['items.9.value', 'validation.type'],
    ]);
  });

  it('orders money ranges exactly, beyond floating point', () => {
    const range = (from: string, to: string) => issuesOf(and(cond('annual_revenue', 'between', [from, to])), account);
    expect(range('99999999999999.9998', '99999999999999.9999')).toEqual([]);
    expect(range('99999999999999.9999', '99999999999999.9998')).toEqual([['items.0.value', 'validation.range_order']]);
    expect(range('-5', '-0.5')).toEqual([]);
  });

  it('limits nesting depth and the number of conditions', () => {
    let deep: Criteria = and(cond('last_name', 'empty'));
    for (let i = 0; i < MAX_CRITERIA_DEPTH; i++) deep = and(deep);
    expect(issuesOf(deep)).toEqual([
      [Array(MAX_CRITERIA_DEPTH).fill('items.0').join('.'), 'validation.criteria_too_deep'],
    ]);
    const many = and(...Array.from({ length: MAX_CRITERIA_CONDITIONS + 1 }, () => cond('email', 'empty')));
    expect(issuesOf(many)).toEqual([['', 'validation.criteria_too_many']]);
    expect(countConditions(many)).toBe(MAX_CRITERIA_CONDITIONS + 1);
  });

  it('explains each issue in English, with a message every catalog has', () => {
    const { issues } = validateCriteria(
      and(cond('birthday', 'last_n_days', -1), cond('shoe_size', 'eq', 1), cond('email', 'empty', 'x')),
      contact,
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Enter a whole number of days from 1 to 3650.',
      'There is no field “shoe_size”.',
      'This condition takes no value.',
    ]);
    for (const catalog of Object.values(CATALOGS))
      for (const i of issues) expect(messageAt(catalog, i.messageKey), i.messageKey).toBeTruthy();
  });
});

describe('criteriaSchema', () => {
  it('accepts the serialised tree and refuses unknown keys, kinds and operators', () => {
    const tree = and(cond('email', 'empty'), {
      kind: 'related',
      entity: 'contact',
      via: 'account_id',
      match: 'none',
      where: or(cond('last_name', 'eq', 'X')),
    });
    expect(criteriaSchema.parse(JSON.parse(JSON.stringify(tree)))).toEqual(tree);
    expect(criteriaSchema.safeParse({ ...tree, extra: 1 }).success).toBe(false);
    expect(criteriaSchema.safeParse(and(cond('email', 'resembles', 'x'))).success).toBe(false);
    expect(criteriaSchema.safeParse({ kind: 'group', op: 'xor', items: [] }).success).toBe(false);
  });

  it('refuses absurdly deep documents before walking them', () => {
    let deep: unknown = { kind: 'group', op: 'and', items: [] };
    for (let i = 0; i < 10_000; i++) deep = { kind: 'group', op: 'and', items: [deep] };
    const result = criteriaSchema.safeParse(deep);
    expect(result.success).toBe(false);
  });
});
