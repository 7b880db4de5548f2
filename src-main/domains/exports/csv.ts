/**
 * CSV as RFC 4180 writes it (comma separated, CRLF line ends, a field in
 * double quotes when it holds a comma, a quote or a line break, quotes
 * doubled inside), in UTF-8 with a byte order mark so spreadsheets read
 * Persian and Russian text as UTF-8 rather than the system code page.
 */

export const UTF8_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}

// Arithmetic spreadsheets cannot be tricked by: digits, spaces and the signs phone numbers use.
const PLAIN_NUMBER_TEXT = /^[+-]?[\d\s().\-/]*$/;

/**
 * Text a spreadsheet would run as a formula (`=HYPERLINK(...)`, `@SUM(...)`,
 * `+cmd|...`) gets a leading apostrophe, the spreadsheet convention for
 * "this is text" (OWASP, CSV injection). Text that starts with + or - but is
 * only a number or a phone number is left alone.
 */
export function neutralizeFormula(text: string): string {
  if (/^[=@\t\r]/.test(text)) return `'${text}`;
  if (/^[+-]/.test(text) && !PLAIN_NUMBER_TEXT.test(text)) return `'${text}`;
  return text;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name safe on every desktop OS: no path separators, control
 * characters or characters Windows refuses, no leading or trailing dots or spaces (no hidden files),
 * at most 100 characters, ending in `.csv`. Letters of any script stay.
 */
export function csvFileName(wanted: string, fallback: string): string {
  const clean = (text: string) =>
    text
      .replace(/\.csv$/i, '')
      .replace(/[\\/:*?"<>|]/g, ' ')
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[. ]+|[. ]+$/g, '')
      .slice(0, 100)
      .trim();
  let base = clean(wanted);
  if (base === '' || WINDOWS_RESERVED.test(base)) base = clean(fallback);
  if (base === '' || WINDOWS_RESERVED.test(base)) base = 'export';
  return `${base}.csv`;
}
