import type { FieldIssue } from '../api/errors';
import { LANGUAGES } from '../api/app';
import { issueAt } from '../query/issues';
import { suggestFieldName } from './field-name';
import {
  CUSTOM_CHOICE_PREFIX,
  EDITABLE_CHOICE_SETS,
  type ChoiceListOption,
  type EditableChoiceSet,
  type LabelText,
} from './types';

/**
 * Editing a built-in choice list (lead sources, sales stages), as the
 * administrator of a professional CRM edits an option set: the whole list is
 * saved at once, in its new order. Values are never removed, only hidden,
 * because records and history hold them; a hidden value keeps its label
 * and stays valid, it is just no longer offered.
 */

/** One row of the list as the editor sends it; `value` is absent for a row being added. */
export interface ChoiceListEntry {
  readonly value?: string | undefined;
  readonly labels: LabelText;
  readonly hidden?: boolean | undefined;
}

export interface PlannedOption {
  readonly value: string;
  readonly labels: LabelText;
  readonly hidden: boolean;
}

export interface EffectiveChoices {
  /** Every valid value, in the list's order. */
  readonly choices: readonly string[];
  /** Valid values no longer offered for new input. */
  readonly retired: readonly string[];
}

export function isEditableChoiceSet(set: string): set is EditableChoiceSet {
  return (EDITABLE_CHOICE_SETS as readonly string[]).includes(set);
}

/**
 * The values of a choice set given its declared values and the options
 * stored for it. A declared value missing from the stored ones (a newer
 * version added it) goes at the end, offered.
 */
export function effectiveChoices(builtIn: readonly string[], options: readonly ChoiceListOption[]): EffectiveChoices {
  if (options.length === 0) return { choices: builtIn, retired: [] };
  const stored = options.map((o) => o.value);
  return {
    choices: [...stored, ...builtIn.filter((v) => !stored.includes(v))],
    retired: options.filter((o) => o.hidden).map((o) => o.value),
  };
}

function trimmed(labels: LabelText): LabelText {
  const out: Partial<Record<(typeof LANGUAGES)[number], string>> = {};
  for (const language of LANGUAGES) {
    const text = labels[language]?.trim();
    if (text) out[language] = text;
  }
  return out;
}

function newValue(labels: LabelText, index: number, taken: Set<string>): string {
  const source = labels.en ?? LANGUAGES.map((l) => labels[l]).find((t) => t !== undefined) ?? '';
  const stem = `${CUSTOM_CHOICE_PREFIX}${suggestFieldName(source) || `option_${index + 1}`}`.slice(0, 40);
  let value = stem;
  for (let n = 2; taken.has(value); n += 1) value = `${stem}_${n}`;
  taken.add(value);
  return value;
}

/**
 * Checks an edited list against the current one and gives the options to
 * store, or the problems, each at the row it concerns (`options.<i>`).
 */
export function planChoiceList(
  set: string,
  builtIn: readonly string[],
  stored: readonly ChoiceListOption[],
  entries: readonly ChoiceListEntry[],
): { readonly options: PlannedOption[]; readonly issues: FieldIssue[] } {
  if (!isEditableChoiceSet(set))
    return { options: [], issues: [issueAt(['choiceSet'], 'choice_lists.error.not_editable', { set })] };
  const issues: FieldIssue[] = [];
  const known = effectiveChoices(builtIn, stored).choices;
  const taken = new Set(known);
  const seen = new Set<string>();
  const labelsSeen = new Map<string, number>();
  const options = entries.map((entry, index): PlannedOption => {
    const labels = trimmed(entry.labels);
    const isBuiltIn = entry.value !== undefined && builtIn.includes(entry.value);
    if (entry.value !== undefined) {
      if (!known.includes(entry.value))
        issues.push(issueAt(['options', index], 'choice_lists.error.unknown_value', { value: entry.value }));
      else if (seen.has(entry.value))
        issues.push(issueAt(['options', index], 'choice_lists.error.duplicate_value', { value: entry.value }));
      seen.add(entry.value);
    }
    // A built-in value falls back to its own label; anything added needs one.
    if (!isBuiltIn && Object.keys(labels).length === 0)
      issues.push(issueAt(['options', index, 'labels'], 'choice_lists.error.label_required'));
    for (const language of LANGUAGES) {
      const text = labels[language];
      if (text === undefined) continue;
      const key = `${language}\u0000${text.toLocaleLowerCase()}`;
      const other = labelsSeen.get(key);
      if (other !== undefined && other !== index)
        issues.push(issueAt(['options', index, 'labels'], 'choice_lists.error.duplicate_label', { label: text }));
      labelsSeen.set(key, index);
    }
    return {
      value: entry.value ?? newValue(labels, index, taken),
      labels,
      hidden: entry.hidden === true,
    };
  });
  for (const value of known) {
    if (!seen.has(value)) issues.push(issueAt(['options'], 'choice_lists.error.value_missing', { value }));
  }
  if (options.length > 0 && options.every((o) => o.hidden))
    issues.push(issueAt(['options'], 'choice_lists.error.none_offered'));
  return { options: issues.length > 0 ? [] : options, issues };
}
