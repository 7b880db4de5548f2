import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, csvLine, neutralizeFormula } from './csv';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text alone and quotes text with commas, quotes or line breaks', () => {
    expect(csvField('Contoso Ltd')).toBe('Contoso Ltd');
    expect(csvField('Ivanov, Ivan')).toBe('"Ivanov, Ivan"');
    expect(csvField('The "best" shop')).toBe('"The ""best"" shop"');
    expect(csvField('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
    expect(csvField('')).toBe('');
  });

  it('keeps every script as it is', () => {
    expect(csvLine(['Иванов, Пётр', 'شرکت «آلفا»', '株式会社'])).toBe('"Иванов, Пётр",شرکت «آلفا»,株式会社\r\n');
  });

  it('ends every line with CRLF', () => {
    expect(csvLine(['a', 'b', ''])).toBe('a,b,\r\n');
  });
});

describe('formula neutralizing', () => {
  it('marks text a spreadsheet would run as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://evil","x")')).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(neutralizeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutralizeFormula('+cmd|" /C calc"!A0')).toBe(`'+cmd|" /C calc"!A0`);
    expect(neutralizeFormula('-2+3+cmd|x')).toBe(`'-2+3+cmd|x`);
    expect(neutralizeFormula('\tSUM(1)')).toBe(`'\tSUM(1)`);
  });

  it('leaves numbers, phone numbers and ordinary text alone', () => {
    expect(neutralizeFormula('+1 (555) 010-0200')).toBe('+1 (555) 010-0200');
    expect(neutralizeFormula('-12.5')).toBe('-12.5');
    expect(neutralizeFormula('Contoso = best')).toBe('Contoso = best');
    expect(neutralizeFormula('')).toBe('');
  });
});

describe('export file names', () => {
  it('keeps letters of any script and adds .csv once', () => {
    expect(csvFileName('Контакты розничной торговли', 'x')).toBe('Контакты розничной торговли.csv');
    expect(csvFileName('مخاطبان.csv', 'x')).toBe('مخاطبان.csv');
  });

  it('drops path separators, reserved characters and trailing dots, and falls back when nothing is left', () => {
    expect(csvFileName('../../etc/passwd', 'Contacts')).toBe('etc passwd.csv');
    expect(csvFileName('a:b*c?"d"<e>|f', 'Contacts')).toBe('a b c d e f.csv');
    expect(csvFileName('report. . ', 'Contacts')).toBe('report.csv');
    expect(csvFileName('a\u0000b\tc\u007fd', 'Contacts')).toBe('a b c d.csv');
    expect(csvFileName('///', 'Contacts')).toBe('Contacts.csv');
    expect(csvFileName('CON', 'Accounts')).toBe('Accounts.csv');
    expect(csvFileName('x'.repeat(300), 'A')).toBe(`${'x'.repeat(100)}.csv`);
  });
});
