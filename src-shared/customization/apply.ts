import { ENTITIES } from '../entities/registry';
import type { ChoiceField, EntityDef, FieldDef, MultiChoiceField } from '../entities/types';
import { effectiveChoices } from './choice-lists';
import {
  NO_CUSTOMIZATIONS,
  CUSTOM_FIELD_PREFIX,
  CUSTOM_SECTION,
  type ChoiceListOption,
  type CustomFieldDefinition,
  type Customizations,
} from './types';

/**
 * The effective entity metadata: the static declarations plus the
 * customizations stored in the open data file. The entity objects are
 * updated in place (their `fields`, `sections` and `listColumns`), so every
 * module that holds one, in main and in the renderer, sees the same fields;
 * whatever was compiled from the old metadata subscribes to
 * `onSchemaChange` and drops it.
 */

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Shape = Pick<EntityDef, 'fields' | 'sections' | 'listColumns'>;

/** The type field of the entity that has one (activities): custom activity types become its values. */
const TYPE_FIELD = 'activity_type';
/** Custom activity types behave like tasks: fields that apply to tasks apply to them too. */
const TYPE_MODEL = 'task';

const base = new Map<EntityDef, Shape>(
  ENTITIES.map((e) => [e, { fields: e.fields, sections: e.sections, listColumns: e.listColumns }]),
);
const listeners = new Set<() => void>();
let generation = 0;
let current: Customizations = NO_CUSTOMIZATIONS;

/** Calls `listener` after every change of the effective metadata; returns the unsubscribe function. */
export function onSchemaChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Increases with every `applyCustomizations`; caches keyed by it never serve stale metadata. */
export function schemaGeneration(): number {
  return generation;
}

export function currentCustomizations(): Customizations {
  return current;
}

export function isCustomField(field: FieldDef | string): boolean {
  return (typeof field === 'string' ? field : field.name).startsWith(CUSTOM_FIELD_PREFIX);
}

/** The metadata of a custom field as the rest of the app reads it. */
export function customFieldDef(def: CustomFieldDefinition): FieldDef {
  const common = {
    name: def.name,
    label: `field.${def.entity}.${def.name}`,
    section: def.section,
    ...(def.required ? { required: true } : {}),
    ...(def.activityType ? { appliesTo: { field: TYPE_FIELD, values: [def.activityType] } } : {}),
  };
  switch (def.type) {
    case 'text':
      return { ...common, type: 'text', maxLength: 500, sortable: true, searchable: def.searchable };
    case 'multiline':
      return { ...common, type: 'multiline', maxLength: 20_000, searchable: def.searchable };
    case 'integer':
      return { ...common, type: 'integer', min: -1e15, max: 1e15, sortable: true };
    case 'money':
    case 'date':
    case 'boolean':
      return { ...common, type: def.type, sortable: true };
    case 'choice':
      return {
        ...common,
        type: 'choice',
        choices: def.choices.map((c) => c.value),
        choiceSet: customChoiceSet(def),
        sortable: true,
      };
    case 'multichoice':
      return {
        ...common,
        type: 'multichoice',
        choices: def.choices.map((c) => c.value),
        choiceSet: customChoiceSet(def),
      };
    case 'lookup':
      return { ...common, type: 'lookup', target: def.target ?? '' };
  }
}

/** Name of a custom choice field's choice set (labels `choice.<set>.<value>`). */
export function customChoiceSet(def: Pick<CustomFieldDefinition, 'entity' | 'name'>): string {
  return `${def.entity}_${def.name}`;
}

function withActivityTypes(fields: readonly FieldDef[], custom: Customizations): FieldDef[] {
  const types = custom.activityTypes.filter((t) => !t.hidden);
  if (types.length === 0) return [...fields];
  const values = types.map((t) => t.value);
  return fields.map((field): FieldDef => {
    if (field.name === TYPE_FIELD && field.type === 'choice') {
      const icons = { ...field.icons, ...Object.fromEntries(types.map((t) => [t.value, t.icon])) };
      return { ...field, choices: [...field.choices, ...values], icons };
    }
    if (field.appliesTo?.field === TYPE_FIELD && field.appliesTo.values.includes(TYPE_MODEL)) {
      return { ...field, appliesTo: { ...field.appliesTo, values: [...field.appliesTo.values, ...values] } };
    }
    return field;
  });
}

/** The values a built-in choice set is declared with (the first field using it), before any edit. */
export function builtInChoices(set: string): readonly string[] {
  for (const shape of base.values()) {
    for (const field of shape.fields) {
      if ((field.type === 'choice' || field.type === 'multichoice') && field.choiceSet === set) return field.choices;
    }
  }
  return [];
}

/** The effective field (of whichever record type) that offers a choice set: its values in order, and the retired ones. */
export function choiceSetField(set: string): ChoiceField | MultiChoiceField | undefined {
  for (const entity of ENTITIES) {
    for (const field of entity.fields) {
      if ((field.type === 'choice' || field.type === 'multichoice') && field.choiceSet === set) return field;
    }
  }
  return undefined;
}

function withChoiceLists(fields: readonly FieldDef[], options: readonly ChoiceListOption[]): FieldDef[] {
  if (options.length === 0) return [...fields];
  return fields.map((field): FieldDef => {
    if (field.type !== 'choice' && field.type !== 'multichoice') return field;
    const own = options.filter((o) => o.choiceSet === field.choiceSet);
    if (own.length === 0) return field;
    const { choices, retired } = effectiveChoices(field.choices, own);
    return { ...field, choices, retired };
  });
}

/**
 * Rebuilds every entity's effective fields from its declaration and
 * `custom` (hidden fields and types left out), then tells the listeners.
 */
export function applyCustomizations(custom: Customizations): void {
  current = custom;
  for (const [entity, shape] of base) {
    const target = entity as Mutable<EntityDef>;
    const added = custom.fields.filter((f) => f.entity === entity.name && !f.hidden);
    const declared = withChoiceLists(shape.fields, custom.choiceLists);
    const builtIn = entity.typeField ? withActivityTypes(declared, custom) : declared;
    target.fields = [...builtIn, ...added.map(customFieldDef)];
    const needsSection = added.some((f) => f.section === CUSTOM_SECTION) && !shape.sections.includes(CUSTOM_SECTION);
    target.sections = needsSection ? [...shape.sections, CUSTOM_SECTION] : shape.sections;
    target.listColumns = [...shape.listColumns, ...added.filter((f) => f.inList).map((f) => f.name)];
  }
  generation += 1;
  for (const listener of listeners) listener();
}
