import type { Language } from '../api/app';
import { en, type Catalog } from './en';
import { fa } from './fa';
import { ru } from './ru';

export type { Catalog };
export { en, ru, fa };

/** Every UI language's message catalog; the type makes a missing key a compile error. */
export const CATALOGS: Readonly<Record<Language, Catalog>> = { en, ru, fa };

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
