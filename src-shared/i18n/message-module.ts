/**
 * A feature's messages in every UI language, kept beside the base catalogs
 * (en.ts, ru.ts, fa.ts) so that features can be added without editing the
 * same large files. `ru` and `fa` must have exactly the shape of `en`.
 * Modules are merged into the base catalogs; a key defined twice is an error
 * at start-up rather than a silent override.
 */
export interface MessageModule<T extends object = object> {
  readonly en: T;
  readonly ru: T;
  readonly fa: T;
}

export function defineMessages<T extends object>(messages: {
  en: T;
  ru: NoInfer<T>;
  fa: NoInfer<T>;
}): MessageModule<T> {
  return messages;
}

type Tree = { readonly [key: string]: string | Tree };

function mergeInto(target: Record<string, unknown>, source: Tree, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`Message "${at}" is defined twice.`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`Message "${at}" is both a message and a group.`);
      const group = (existing ?? {}) as Record<string, unknown>;
      target[key] = group;
      mergeInto(group, value, at);
    }
  }
}

function deepCopy(tree: Tree): Record<string, unknown> {
  return JSON.parse(JSON.stringify(tree)) as Record<string, unknown>;
}

/** The base catalog with every module's messages added (the inputs are not modified). */
export function mergeCatalog<T extends object>(base: T, modules: readonly object[]): T {
  const merged = deepCopy(base as Tree);
  for (const module of modules) mergeInto(merged, module as Tree, '');
  return merged as T;
}
