import { describe, expect, it } from 'vitest';
import { account } from '../entities/account';
import { customColumnName, fieldNameProblem, suggestFieldName } from './field-name';

describe('custom field names', () => {
  it('accepts a new snake_case name and stores it with the cf_ prefix', () => {
    expect(fieldNameProblem(account, 'turnover')).toBeNull();
    expect(fieldNameProblem(account, ' Order_Volume2 ')).toBeNull();
    expect(customColumnName(' Order_Volume2 ')).toBe('cf_order_volume2');
  });

  it('refuses names that clash, whatever their case', () => {
    expect(fieldNameProblem(account, 'Industry')).toBe('clash_builtin');
    expect(fieldNameProblem(account, 'EMAIL')).toBe('clash_builtin');
    const customized = { ...account, fields: [...account.fields, { ...account.fields[0]!, name: 'cf_region' }] };
    expect(fieldNameProblem(customized, 'REGION')).toBe('clash_custom');
    expect(fieldNameProblem(account, 'segment', ['cf_segment'])).toBe('clash_custom');
  });

  it('refuses keywords, system columns, the prefix and bad characters', () => {
    expect(fieldNameProblem(account, 'select')).toBe('keyword');
    expect(fieldNameProblem(account, 'Order')).toBe('keyword');
    expect(fieldNameProblem(account, 'created_at')).toBe('reserved');
    expect(fieldNameProblem(account, 'rowid')).toBe('reserved');
    expect(fieldNameProblem(account, 'cf_x')).toBe('reserved');
    expect(fieldNameProblem(account, 'my-field')).toBe('invalid');
    expect(fieldNameProblem(account, '2nd')).toBe('invalid');
    expect(fieldNameProblem(account, 'منطقه')).toBe('invalid');
    expect(fieldNameProblem(account, 'a"; DROP TABLE account; --')).toBe('invalid');
    expect(fieldNameProblem(account, '  ')).toBe('empty');
    expect(fieldNameProblem(account, 'x'.repeat(41))).toBe('too_long');
  });

  it('suggests a name from a label', () => {
    expect(suggestFieldName('Where they heard of us?')).toBe('where_they_heard_of_us');
    expect(suggestFieldName('Średni  obrót')).toBe('sredni_obrot');
    expect(suggestFieldName('3rd party')).toBe('rd_party');
    expect(suggestFieldName('منطقه')).toBe('');
  });
});
