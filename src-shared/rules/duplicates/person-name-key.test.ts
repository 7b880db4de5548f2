import { describe, expect, it } from 'vitest';
import { personNameKey } from './person-name-key';

describe('personNameKey', () => {
  it('matches names without regard to case, accents or order', () => {
    expect(personNameKey('José', 'Núñez')).toBe(personNameKey('jose', 'NUNEZ'));
    expect(personNameKey('Иван', 'Иванов')).toBe(personNameKey('Иванов', 'Иван'));
    expect(personNameKey('Пётр', 'Ершов')).toBe(personNameKey('Петр', 'Ершов'));
    expect(personNameKey('علی', 'رضایی')).toBe(personNameKey('علي', 'رضايي'));
    expect(personNameKey('Mary-Ann', "O'Neil")).toBe(personNameKey('Mary Ann', 'ONeil'));
  });

  it('needs both names', () => {
    expect(personNameKey('', 'Smith')).toBeNull();
    expect(personNameKey('John', '  ')).toBeNull();
  });

  it('keeps different people apart', () => {
    expect(personNameKey('John', 'Smith')).not.toBe(personNameKey('Jane', 'Smith'));
  });
});
