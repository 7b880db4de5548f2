/**
 * Turns what a user typed into a safe FTS5 query: every run of letters,
 * digits and combining marks becomes a quoted prefix term (`"anna"*`), and
 * the terms are ANDed (FTS5's implicit operator). Nothing the user types can
 * reach FTS5's syntax: quotes, `*`, `-`, `:`, brackets, `^` and the words
 * AND/OR/NOT/NEAR are either separators or quoted, so a query can never fail
 * to parse. Returns null when nothing searchable is left.
 */

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
/** More terms than this only slow the query down without narrowing it usefully. */
const MAX_TERMS = 8;

/** The words of a text, as the query builder sees them. */
export function ftsTerms(text: string): string[] {
  return (text.normalize('NFC').match(TOKEN) ?? []).slice(0, MAX_TERMS);
}

export function toFtsQuery(text: string): string | null {
  const terms = ftsTerms(text);
  if (terms.length === 0) return null;
  // Tokens cannot contain a double quote (it is not a letter or digit), so
  // wrapping them in quotes needs no escaping.
  return terms.map((t) => `"${t}"*`).join(' ');
}
