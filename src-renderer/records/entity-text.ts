import type { TFunction } from 'i18next';
import type { EntityDef } from '../../src-shared/entities';

/**
 * Phrases about one record type that need grammar (gender, case) the
 * generic templates cannot give in Russian or Persian, e.g. "New account"
 * / "Новая организация". They live beside the entity's label keys:
 * `entity.<name>.new`, `entity.<name>.none`.
 */
export type EntityPhrase = 'new' | 'none';

export function entityPhraseKey(entity: EntityDef, phrase: EntityPhrase): string {
  return entity.label.replace(/\.one$/, `.${phrase}`);
}

export function entityText(t: TFunction, entity: EntityDef, phrase: EntityPhrase): string {
  return t(entityPhraseKey(entity, phrase));
}
