import { describe, expect, it } from 'vitest';
import { companyNameKey } from './company-name';
import { foldWords } from './fold-text';

describe('foldWords', () => {
  it('lower-cases, drops accents and punctuation, joins dotted abbreviations', () => {
    expect(foldWords('Café-Müller, S.A.R.L.')).toEqual(['cafe', 'muller', 'sarl']);
    expect(foldWords('«Ромашка»')).toEqual(['ромашка']);
    expect(foldWords('Straße & Söhne')).toEqual(['strasse', 'sohne']);
  });

  it('makes the Arabic-keyboard forms of Persian letters and eastern digits one', () => {
    expect(foldWords('شركت كيان ۱۲۳')).toEqual(foldWords('شرکت کیان 123'));
    expect(foldWords('سهامی‌خاص')).toEqual(['سهامی', 'خاص']);
  });
});

describe('companyNameKey', () => {
  it.each([
    ['Acme', 'ACME Inc.'],
    ['Acme', 'Acme, Inc'],
    ['Acme', 'Acme Incorporated'],
    ['Acme', 'Acme LLC'],
    ['Acme', 'Acme Co., Ltd.'],
    ['Acme', 'The Acme Corporation'],
    ['Acme Holdings', 'Acme Holdings Pty Ltd'],
    ['Acme', 'Acme PLC'],
    ['Blue Sky', 'BlueSky Ltd'],
  ])('English: %s = %s', (a, b) => expect(companyNameKey(a)).toBe(companyNameKey(b)));

  it.each([
    ['Müller Bau', 'Müller-Bau GmbH'],
    ['Müller Bau', 'MULLER BAU GmbH & Co. KG'],
    ['Schneider', 'Schneider AG'],
    ['Schneider', 'Schneider UG (haftungsbeschränkt)'],
    ['Dupont Conseil', 'Dupont Conseil S.A.R.L.'],
    ['Dupont Conseil', 'DUPONT CONSEIL SA'],
    ['Van Dijk', 'Van Dijk B.V.'],
  ])('European: %s = %s', (a, b) => expect(companyNameKey(a)).toBe(companyNameKey(b)));

  it.each([
    ['Ромашка', 'ООО «Ромашка»'],
    ['Ромашка', 'ООО "РОМАШКА"'],
    ['Ромашка', 'Общество с ограниченной ответственностью «Ромашка»'],
    ['Газпром', 'ПАО Газпром'],
    ['Альфа Строй', 'ЗАО «Альфа-Строй»'],
    ['Лёгкий Ветер', 'АО Легкий ветер'],
    ['Иванов', 'ИП Иванов'],
  ])('Russian: %s = %s', (a, b) => expect(companyNameKey(a)).toBe(companyNameKey(b)));

  it.each([
    ['آلفا', 'شرکت آلفا'],
    ['آلفا', 'شرکت آلفا (سهامی خاص)'],
    ['پارس تجارت', 'شرکت پارس تجارت سهامی عام'],
    ['پارس تجارت', 'پارس‌تجارت با مسئولیت محدود'],
    ['کیان', 'شركت كيان'],
  ])('Persian: %s = %s', (a, b) => expect(companyNameKey(a)).toBe(companyNameKey(b)));

  it('keeps names that differ in more than form apart', () => {
    expect(companyNameKey('Acme Retail')).not.toBe(companyNameKey('Acme'));
    expect(companyNameKey('Ромашка Плюс')).not.toBe(companyNameKey('Ромашка'));
    expect(companyNameKey('Coca Cola')).not.toBe(companyNameKey('Cola'));
  });

  it('strips legal forms only at the edges, and never the whole name', () => {
    expect(companyNameKey('Smith Co Builders')).toBe('smithcobuilders');
    expect(companyNameKey('Limited Inc')).toBe('limited');
    expect(companyNameKey('Inc')).toBe('inc');
  });

  it('has no key for a name without letters or digits', () => {
    expect(companyNameKey(' «» — ')).toBeNull();
  });
});
