import { foldWords } from './fold-text';

/**
 * Legal forms and words that say "company" without naming one, as written
 * before or after a company's name: "ООО «Ромашка»", "Acme, Inc.",
 * "شرکت آلفا (سهامی خاص)". Written as people write them; folded once
 * below, so "S.A.R.L." and "sarl" are the same entry.
 */
const LEGAL_FORMS: readonly string[] = [
  // English-speaking countries.
  'the',
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'llp',
  'lp',
  'pllc',
  'pty',
  'pty ltd',
  // German-speaking countries.
  'GmbH',
  'mbH',
  'AG',
  'KG',
  'UG',
  'UG (haftungsbeschränkt)',
  'OHG',
  'GbR',
  'e.K.',
  'e.V.',
  // French, Spanish, Italian, Portuguese.
  'SARL',
  'SA',
  'SAS',
  'SASU',
  'EURL',
  'SL',
  'SLU',
  'SpA',
  'Srl',
  'Ltda',
  'SA de CV',
  // Benelux, the Nordics, Central and Eastern Europe.
  'BV',
  'NV',
  'AB',
  'AS',
  'A/S',
  'ASA',
  'ApS',
  'Oy',
  'Oyj',
  'sp z o.o.',
  'Kft',
  'Zrt',
  's.r.o.',
  'd.o.o.',
  // Russian.
  'ООО',
  'ОАО',
  'ЗАО',
  'АО',
  'ПАО',
  'НАО',
  'ИП',
  'ТОО',
  'ЧП',
  'общество с ограниченной ответственностью',
  'акционерное общество',
  'публичное акционерное общество',
  'открытое акционерное общество',
  'закрытое акционерное общество',
  'индивидуальный предприниматель',
  // Persian.
  'شرکت',
  'سهامی',
  'سهامی خاص',
  'سهامی عام',
  'مسئولیت محدود',
  'با مسئولیت محدود',
  'تعاونی',
  'تضامنی',
  'نسبی',
];

/** Folded legal forms, longest first so "pty ltd" goes before "pty". */
export const FOLDED_LEGAL_FORMS: readonly (readonly string[])[] = LEGAL_FORMS.map(foldWords).sort(
  (a, b) => b.length - a.length,
);
