/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { ENTITIES, SITE_MAP_GROUPS, WORK_AREAS } from '../entities';
import { validateField } from '../rules/records';
import { catalogKeys, CATALOGS, en, messageAt } from './index';

const LANGS = Object.keys(CATALOGS) as (keyof typeof CATALOGS)[];
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w]+)/g)].map((m) => m[1]).sort();
/** What a message says once its placeholders are gone: must be in the catalog's own script. */
const prose = (text: string) =>
  text
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(
      /Ctrl\+K|name@example\.com|example\.com|#token=…|KB|\bCRM\b|\bCSV\b|\bPDF\b|\bPNG\b|\bJPEG\b|\bSVG\b/g,
      '',
    );

describe('message catalogs', () => {
  const reference = catalogKeys(en).sort();

  it.each(LANGS)('%s has exactly the English keys, each a non-empty string', (lang) => {
    const catalog = CATALOGS[lang];
    expect(catalogKeys(catalog).sort()).toEqual(reference);
    for (const key of reference) expect(messageAt(catalog, key)?.trim(), key).toBeTruthy();
  });

  it.each(LANGS)('%s uses the same placeholders as English', (lang) => {
    for (const key of reference) {
      expect(placeholders(messageAt(CATALOGS[lang], key) ?? ''), key).toEqual(placeholders(messageAt(en, key) ?? ''));
    }
  });

  it('Russian and Persian are translated, not English left over', () => {
    const scripts = { ru: /[А-Яа-яЁё]/, fa: /[\u0600-\u06FF]/ } as const;
    for (const lang of ['ru', 'fa'] as const) {
      for (const key of reference) {
        const text = prose(messageAt(CATALOGS[lang], key) ?? '');
        // A message that is only placeholders and punctuation has no words to translate.
        if (!/\p{L}/u.test(text)) continue;
        expect(text, `${lang}: ${key}`).toMatch(scripts[lang]);
        expect(text, `${lang}: ${key} still has Latin words`).not.toMatch(/\b[A-Za-z]{3,}\b/);
      }
    }
  });

  it('the English catalog has no Cyrillic or Persian', () => {
    for (const key of reference) expect(messageAt(en, key), key).not.toMatch(/[А-Яа-яЁё\u0600-\u06FF]/);
  });
});

/** Every key entity metadata names, plus the per-entity phrases the renderer derives from the label key. */
function metadataKeys(): string[] {
  const keys: string[] = [];
  for (const entity of ENTITIES) {
    keys.push(entity.label, entity.pluralLabel);
    keys.push(entity.label.replace(/\.one$/, '.new'), entity.label.replace(/\.one$/, '.none'));
    for (const section of entity.sections) keys.push(`section.${entity.name}.${section}`);
    for (const field of entity.fields) {
      keys.push(field.label);
      if (field.type === 'choice' || field.type === 'multichoice')
        for (const choice of field.choices) keys.push(`choice.${field.choiceSet}.${choice}`);
    }
    for (const related of entity.relatedLists) keys.push(related.label);
  }
  for (const area of WORK_AREAS) {
    keys.push(`area.${area}`);
    for (const group of SITE_MAP_GROUPS[area]) keys.push(`nav.group.${group}`);
  }
  return keys;
}

describe('keys used elsewhere exist in every language', () => {
  it('every label, section, choice and related list named by entity metadata', () => {
    const keys = metadataKeys();
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGS)
      for (const key of keys) expect(messageAt(CATALOGS[lang], key), `${lang}: ${key}`).toBeDefined();
  });

  it('every validation, error and problem key written in src-shared', () => {
    const sources = import.meta.glob(['../**/*.ts', '!../**/*.test.ts', '!./**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const used = new Set<string>();
    for (const text of Object.values(sources) as string[]) {
      for (const m of text.matchAll(/['"`]((?:validation|error|problem)\.[A-Za-z_]+(?:\.[A-Za-z_]+)*)['"`]/g))
        used.add(m[1] ?? '');
    }
    expect(used).toContain('validation.required');
    expect(used).toContain('error.validation');
    for (const lang of LANGS)
      for (const key of used) expect(messageAt(CATALOGS[lang], key), `${lang}: ${key}`).toBeDefined();
  });

  it('every message key the shared field rules actually produce', () => {
    const bad: unknown[] = ['x', 'not an email', '12ab', -5, 'a'.repeat(30_000), true, 1.5, '2020-02-30', 'nope', null];
    const produced = new Set<string>();
    for (const entity of ENTITIES) {
      for (const field of entity.fields) {
        for (const value of bad) {
          const result = validateField({ ...field, required: true }, value as never);
          if ('issue' in result) produced.add(result.issue.messageKey);
        }
      }
    }
    expect(produced.size).toBeGreaterThan(8);
    for (const lang of LANGS)
      for (const key of produced) expect(messageAt(CATALOGS[lang], key), `${lang}: ${key}`).toBeDefined();
  });
});
