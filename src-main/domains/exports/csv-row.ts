import type { Language, RecordRow } from '../../../src-shared/api';
import type { FieldDef } from '../../../src-shared/entities';
import { CATALOGS, messageAt } from '../../../src-shared/i18n';
import { localDate } from '../../../src-shared/query';
import { csvLine, neutralizeFormula } from './csv';

/**
 * One exported row as spreadsheets read it: dates `YYYY-MM-DD`, moments
 * `YYYY-MM-DD HH:mm` in the user's zone, numbers and money as plain
 * decimals with a dot and no grouping, yes/no and choices as the user reads
 * them, lookups as the name of the record they point at.
 */

export interface CsvFormat {
  readonly language: Language;
  readonly timeZone: string;
}

function label(language: Language, key: string, fallback: string): string {
  return messageAt(CATALOGS[language], key) ?? fallback;
}

export function csvHeader(columns: readonly FieldDef[], format: CsvFormat): string {
  return csvLine([
    label(format.language, 'list.name', 'Name'),
    ...columns.map((f) => label(format.language, f.label, f.name)),
  ]);
}

/**
 * Free text a spreadsheet could take for a formula. Phone numbers and web
 * addresses are validated on entry (digits and separators; a scheme or a
 * host name), so they cannot hold one, and a phone number keeps its "+".
 */
const FREE_TEXT_TYPES = new Set(['text', 'multiline', 'email']);
const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function localTime(instant: number, timeZone: string): string {
  let formatter = timeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      numberingSystem: 'latn',
    });
    timeFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

function cell(field: FieldDef, row: RecordRow, format: CsvFormat): string {
  const value = row.values[field.name];
  if (value === null || value === undefined) return '';
  const names = (refs: readonly string[]) => refs.map((ref) => row.refNames?.[ref] ?? ref).join('; ');
  switch (field.type) {
    case 'boolean':
      return label(format.language, value === true ? 'export.yes' : 'export.no', String(value));
    case 'choice':
      return label(format.language, `choice.${field.choiceSet}.${String(value)}`, String(value));
    case 'multichoice':
      return (Array.isArray(value) ? value : [String(value)])
        .map((v) => label(format.language, `choice.${field.choiceSet}.${v}`, v))
        .join('; ');
    case 'lookup':
    case 'user':
      return row.lookups[field.name]?.name ?? '';
    case 'regarding':
      return names([String(value)]);
    case 'parties':
      return names(Array.isArray(value) ? value : [String(value)]);
    case 'datetime': {
      const instant = Date.parse(String(value));
      if (Number.isNaN(instant)) return String(value);
      return `${localDate(instant, format.timeZone)} ${localTime(instant, format.timeZone)}`;
    }
    default: {
      const text = Array.isArray(value) ? value.join('; ') : String(value);
      return FREE_TEXT_TYPES.has(field.type) ? neutralizeFormula(text) : text;
    }
  }
}

export function csvRow(row: RecordRow, columns: readonly FieldDef[], format: CsvFormat): string {
  return csvLine([neutralizeFormula(row.display_name), ...columns.map((f) => cell(f, row, format))]);
}
