import type { Language } from '../api/app';
import { en as enBase, type Catalog } from './en';
import { fa as faBase } from './fa';
import { mergeCatalog } from './message-module';
import { MESSAGE_MODULES } from './modules';
import { ru as ruBase } from './ru';

export type { Catalog };
export { defineMessages, type MessageModule } from './message-module';

/**
 * Every UI language's message catalog: the base catalog (whose type makes a
 * missing base key a compile error) with the feature modules merged in.
 */
export const CATALOGS: Readonly<Record<Language, Catalog>> = {
  en: mergeCatalog(
    enBase,
    MESSAGE_MODULES.map((m) => m.en),
  ),
  ru: mergeCatalog(
    ruBase,
    MESSAGE_MODULES.map((m) => m.ru),
  ),
  fa: mergeCatalog(
    faBase,
    MESSAGE_MODULES.map((m) => m.fa),
  ),
};
export const { en, ru, fa } = CATALOGS;

/** All keys of a catalog as dotted paths, e.g. `field.account.name`. */
export function catalogKeys(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? catalogKeys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The message at a dotted key, or undefined when the catalog has none. */
export function messageAt(catalog: object, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}
