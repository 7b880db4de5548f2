import { describe, expect, it } from 'vitest';
import type { RecordData } from '../../../src-shared/api';
import { getEntity } from '../../../src-shared/entities';
import { choicesOf, defaultPicks, mergeRows } from './merge-rows';

const account = getEntity('account');

function record(id: string, values: RecordData['values']): RecordData {
  const system = {
    created_at: '',
    created_by: { id: '', name: '' },
    modified_at: '',
    modified_by: { id: '', name: '' },
    deleted_at: null,
  };
  return { entity: 'account', id, display_name: String(values['name']), values, lookups: {}, system };
}

describe('merge rows', () => {
  const a = record('a', { name: 'Contoso', phone: null, email: 'info@contoso.com', website: '' });
  const b = record('b', { name: 'Contoso Inc', phone: '+1 555 0100', email: 'info@contoso.com', website: null });

  it('list fields with a value in either record, and say which differ', () => {
    const rows = mergeRows(account, a, b);
    expect(rows.map((r) => [r.field.name, r.differs])).toEqual([
      ['name', true],
      ['phone', true],
      ['email', false],
    ]);
  });

  it('pick the master where it has a value, and turn picks into the API choices', () => {
    const rows = mergeRows(account, a, b);
    const picks = defaultPicks(account, b, a);
    expect(picks).toMatchObject({ name: 'b', phone: 'b', email: 'b' });
    expect(choicesOf(rows, { ...picks, name: 'a' }, 'b')).toEqual({ name: 'subordinate', phone: 'master' });
    expect(choicesOf(rows, defaultPicks(account, a, b), 'a')).toEqual({ name: 'master', phone: 'subordinate' });
  });
});
