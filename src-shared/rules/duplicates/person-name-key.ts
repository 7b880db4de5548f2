import { foldWords } from './fold-text';

/**
 * The key of a person's first and last name, folded. Both are needed: a
 * last name alone matches half a city. The two parts are put in order so
 * that a name entered the other way round ("Иванов Иван" typed into first
 * and last name swapped) still meets.
 */
export function personNameKey(first: string, last: string): string | null {
  const a = foldWords(first).join(' ');
  const b = foldWords(last).join(' ');
  if (a === '' || b === '') return null;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
