import { foldWords } from './fold-text';
import { FOLDED_LEGAL_FORMS } from './legal-forms';

function startsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length < words.length && phrase.every((w, i) => words[i] === w);
}

function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  const offset = words.length - phrase.length;
  return offset > 0 && phrase.every((w, i) => words[offset + i] === w);
}

/** Strips one legal form from the front or the back; null when there is none. */
function stripOne(words: readonly string[]): string[] | null {
  for (const phrase of FOLDED_LEGAL_FORMS) {
    if (startsWith(words, phrase)) return words.slice(phrase.length);
    if (endsWith(words, phrase)) return words.slice(0, words.length - phrase.length);
  }
  return null;
}

/**
 * The key two company names share when they name the same company: folded
 * words without the legal forms at either end, joined without spaces (so
 * "Blue Sky" and "BlueSky" meet). A name that is nothing but legal forms
 * keeps them. Null for a name with no letters or digits.
 */
export function companyNameKey(name: string): string | null {
  let words = foldWords(name);
  if (words.length === 0) return null;
  // A phrase is only stripped while something else remains (`startsWith`/`endsWith` need a longer list).
  for (let next = stripOne(words); next !== null; next = stripOne(words)) words = next;
  return words.join('');
}
