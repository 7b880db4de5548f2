import { LANGUAGES, THEMES, type Settings } from '../../../src-shared/api';
import type { SqlDb } from '../../db';

export const DEFAULT_SETTINGS: Settings = { language: 'en', theme: 'auto' };

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Stored settings over the defaults; a stored value this version does not know falls back to the default. */
export function readSettings(db: SqlDb): Settings {
  const rows = db.all(db.kysely.selectFrom('settings').select(['key', 'value']));
  const stored = new Map(rows.map((r) => [r.key, parse(r.value)]));
  const language = stored.get('language');
  const theme = stored.get('theme');
  return {
    language: LANGUAGES.find((l) => l === language) ?? DEFAULT_SETTINGS.language,
    theme: THEMES.find((t) => t === theme) ?? DEFAULT_SETTINGS.theme,
  };
}

export function updateSettings(db: SqlDb, patch: Partial<Settings>): Settings {
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      db.run(
        db.kysely
          .insertInto('settings')
          .values({ key, value: json })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: json })),
      );
    }
  });
  return readSettings(db);
}
