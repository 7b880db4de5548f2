import { LANGUAGES, type Language } from '../api/app';
import { CATALOGS, messageAt } from '../i18n';
import { customChoiceSet } from './apply';
import { CUSTOM_SECTION, type Customizations, type LabelText } from './types';

/** Catalog text that custom labels replaced, per language and key, so it comes back when the override goes. */
const originals = new Map<string, Partial<Record<Language, string | undefined>>>();

/** The catalog's own text at `key`, as it was before any custom label replaced it. */
function builtInMessage(language: Language, key: string): string | undefined {
  const saved = originals.get(key);
  if (saved && language in saved) return saved[language];
  return messageAt(CATALOGS[language], key);
}

/**
 * Custom labels are user text, not i18n keys. They are installed into the
 * message catalogs under the keys the metadata conventions give them
 * (`field.<entity>.<name>`, `choice.<set>.<value>`), so every place that
 * renders a label from a key (forms, lists, filters, export headers) shows
 * them without knowing they are custom.
 */

/** The text in `language`, else in English, else in whichever language was given. */
export function labelIn(labels: LabelText, language: Language): string {
  return labels[language] ?? labels.en ?? LANGUAGES.map((l) => labels[l]).find((t) => t !== undefined) ?? '';
}

/** Every custom label as dotted key -> text, per language. */
export function customMessages(custom: Customizations): Record<Language, Record<string, string>> {
  const out = {} as Record<Language, Record<string, string>>;
  for (const language of LANGUAGES) {
    const messages: Record<string, string> = {};
    const sectionTitle = (CATALOGS[language] as { customization?: { section_custom?: string } }).customization
      ?.section_custom;
    for (const field of custom.fields) {
      messages[`field.${field.entity}.${field.name}`] = labelIn(field.labels, language);
      if (sectionTitle !== undefined) messages[`section.${field.entity}.${CUSTOM_SECTION}`] = sectionTitle;
      for (const choice of field.choices) {
        messages[`choice.${customChoiceSet(field)}.${choice.value}`] = labelIn(choice.labels, language);
      }
    }
    for (const type of custom.activityTypes) {
      messages[`choice.activity_type.${type.value}`] = labelIn(type.labels, language);
    }
    // Every option of an edited list gets its label, renamed or not, so a
    // UI library holding an earlier rename is overwritten back.
    for (const option of custom.choiceLists) {
      const key = `choice.${option.choiceSet}.${option.value}`;
      const text = option.labels[language] ?? builtInMessage(language, key) ?? labelIn(option.labels, language);
      messages[key] = text;
    }
    out[language] = messages;
  }
  return out;
}

const installed = new Set<string>();

function setAt(tree: Record<string, unknown>, key: string, value: string | undefined): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null) {
      if (value === undefined) return;
      node[part] = {};
    }
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/**
 * Puts the custom labels into the shared catalogs (replacing those of the
 * previous customizations) and returns them, for a UI library that keeps
 * its own copy of the catalogs.
 */
export function installCustomLabels(custom: Customizations): Record<Language, Record<string, string>> {
  const messages = customMessages(custom);
  for (const key of installed) {
    for (const language of LANGUAGES) {
      setAt(CATALOGS[language] as Record<string, unknown>, key, originals.get(key)?.[language]);
    }
  }
  installed.clear();
  for (const language of LANGUAGES) {
    for (const [key, text] of Object.entries(messages[language])) {
      const saved = originals.get(key) ?? {};
      if (!(language in saved)) saved[language] = messageAt(CATALOGS[language], key);
      originals.set(key, saved);
      setAt(CATALOGS[language] as Record<string, unknown>, key, text);
      installed.add(key);
    }
  }
  return messages;
}
