import type { FieldDef, TextField } from './types';

/**
 * Short constructors for the fields of the sales record types, which have
 * many money, lookup and choice fields. Each takes the entity name so the
 * label key follows the `field.<entity>.<field>` convention.
 */

type Extra = Partial<Omit<FieldDef, 'name' | 'type' | 'label'>> & { readonly label?: string };

const label = (entity: string, name: string, extra?: Extra) => extra?.label ?? `field.${entity}.${name}`;

export function textField(
  entity: string,
  name: string,
  section: string,
  maxLength: number,
  extra: Extra & { readonly type?: TextField['type'] } = {},
): FieldDef {
  return { type: 'text', maxLength, section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function moneyField(entity: string, name: string, section: string, extra: Extra = {}): FieldDef {
  return { type: 'money', section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function integerField(
  entity: string,
  name: string,
  section: string,
  extra: Extra & { readonly min?: number; readonly max?: number } = {},
): FieldDef {
  return { type: 'integer', section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function dateField(entity: string, name: string, section: string, extra: Extra = {}): FieldDef {
  return { type: 'date', section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function booleanField(entity: string, name: string, section: string, extra: Extra = {}): FieldDef {
  return { type: 'boolean', section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function lookupField(
  entity: string,
  name: string,
  target: string,
  section: string,
  extra: Extra & { readonly filterBy?: { readonly field: string; readonly source: string } } = {},
): FieldDef {
  return { type: 'lookup', target, section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function choiceField(
  entity: string,
  name: string,
  choices: readonly string[],
  choiceSet: string,
  section: string,
  extra: Extra = {},
): FieldDef {
  return { type: 'choice', choices, choiceSet, section, ...extra, name, label: label(entity, name, extra) } as FieldDef;
}

export function ownerField(section: string): FieldDef {
  return { name: 'owner_id', type: 'user', label: 'field.common.owner_id', section, sortable: true };
}

export function descriptionField(section: string): FieldDef {
  return { name: 'description', type: 'multiline', label: 'field.common.description', maxLength: 20_000, section };
}
