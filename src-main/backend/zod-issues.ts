import type { z } from 'zod';
import type { FieldIssue } from '../../src-shared/api';
import { issue as fieldIssue } from '../../src-shared/rules/records';

/**
 * zod issues -> FieldIssues in the vocabulary the UI translates
 * (`validation.*` keys with parameters, plus an English message).
 */

const EXTRA_MESSAGES: Record<string, (p: Record<string, string | number>) => string> = {
  'validation.too_short': (p) => `Use at least ${p['min']} characters.`,
  'validation.too_many': (p) => `Give at most ${p['max']} items.`,
  'validation.too_few': (p) => `Give at least ${p['min']} items.`,
  'validation.format': () => 'This value is not in the expected format.',
  'validation.invalid': () => 'This value is not valid.',
};

type Path = (string | number)[];

function make(path: Path, messageKey: string, params: Record<string, string | number> = {}): FieldIssue {
  const extra = EXTRA_MESSAGES[messageKey];
  // The shared rules render the messages of the field-level keys.
  const message = extra ? extra(params) : fieldIssue('', messageKey, params).message;
  return { path, messageKey, message, ...(Object.keys(params).length ? { params } : {}) };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

function convert(i: z.core.$ZodIssue, input: unknown): FieldIssue[] {
  const path = toPath(i.path);
  switch (i.code) {
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return [make(path, 'validation.too_long', { max })];
      if (i.origin === 'array' || i.origin === 'set') return [make(path, 'validation.too_many', { max })];
      return [make(path, 'validation.max', { max })];
    }
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string')
        return [make(path, min <= 1 ? 'validation.required' : 'validation.too_short', min <= 1 ? {} : { min })];
      if (i.origin === 'array' || i.origin === 'set') return [make(path, 'validation.too_few', { min })];
      return [make(path, 'validation.min', { min })];
    }
    case 'invalid_type':
      if (valueAt(input, i.path) === undefined) return [make(path, 'validation.required')];
      return [make(path, i.expected === 'int' ? 'validation.integer' : 'validation.type')];
    case 'invalid_value':
      return [make(path, 'validation.choice')];
    case 'invalid_format':
      return [make(path, i.format === 'uuid' || i.format === 'guid' ? 'validation.id' : 'validation.format')];
    case 'unrecognized_keys':
      return i.keys.map((key) => make([...path, key], 'validation.unknown_field', { field: key }));
    case 'invalid_key':
      return [make(path, 'validation.unknown_field', { field: String(path[path.length - 1] ?? '') })];
    case 'invalid_union':
    case 'invalid_element':
      return [make(path, 'validation.type')];
    default:
      return [make(path, 'validation.invalid')];
  }
}

export function zodIssuesToFieldIssues(issues: readonly z.core.$ZodIssue[], input: unknown): FieldIssue[] {
  return issues.flatMap((i) => convert(i, input));
}
