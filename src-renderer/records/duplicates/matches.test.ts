import { describe, expect, it } from 'vitest';
import { matchesByRecord } from './matches';

describe('matchesByRecord', () => {
  it('lists each record once with all its reasons, strongest first', () => {
    const groups = [
      { rule: 'email', label: 'l.email', matches: [{ id: 'b', name: 'Bob', detail: '' }], more: false },
      {
        rule: 'phone',
        label: 'l.phone',
        matches: [
          { id: 'a', name: 'Ann', detail: 'Sales' },
          { id: 'b', name: 'Bob', detail: '' },
        ],
        more: false,
      },
    ];
    expect(matchesByRecord(groups)).toEqual([
      { id: 'b', name: 'Bob', detail: '', labels: ['l.email', 'l.phone'] },
      { id: 'a', name: 'Ann', detail: 'Sales', labels: ['l.phone'] },
    ]);
  });
});
