import { ENTITIES, getField } from '../entities/registry';
import type { EntityDef, FieldDef, LookupField } from '../entities/types';

/**
 * Where criteria learn which record types and fields exist. The static
 * registry serves today; custom fields (added at run time) will come from a
 * source that merges them in, and every criteria function takes the source
 * as a parameter so it sees the same fields as the rest of the app.
 */
export interface CriteriaMetadata {
  entity(name: string): EntityDef | undefined;
  entities(): readonly EntityDef[];
}

/** The business record types of the registry (saved views and other internal types are not searchable). */
export const STATIC_METADATA: CriteriaMetadata = {
  entity: (name) => ENTITIES.find((e) => e.name === name),
  entities: () => ENTITIES,
};

/** `display_name` can be used in conditions like a text field of every record type. */
export const DISPLAY_NAME_CRITERIA_FIELD: FieldDef = {
  name: 'display_name',
  type: 'text',
  label: 'list.name',
  maxLength: 500,
  sortable: true,
  section: 'summary',
};

export function criteriaField(entity: EntityDef, name: string): FieldDef | undefined {
  return name === 'display_name' ? DISPLAY_NAME_CRITERIA_FIELD : getField(entity, name);
}

/** A field a condition can name: the record's own, or one of the record a lookup points at. */
export interface FieldPath {
  readonly path: string;
  readonly field: FieldDef;
  /** The lookup crossed to reach the field, and the record type it points at; absent for own fields. */
  readonly via?: { readonly lookup: LookupField; readonly entity: EntityDef };
}

export type PathProblem =
  | { readonly problem: 'unknown_field'; readonly field: string }
  | { readonly problem: 'not_a_lookup'; readonly field: string };

/** Resolves `industry` or `account_id.industry` on `entity`. */
export function resolveFieldPath(entity: EntityDef, path: string, metadata: CriteriaMetadata): FieldPath | PathProblem {
  const [first = '', second, ...rest] = path.split('.');
  if (rest.length > 0) return { problem: 'unknown_field', field: path };
  const own = criteriaField(entity, first);
  if (!own) return { problem: 'unknown_field', field: first };
  if (second === undefined) return { path, field: own };
  if (own.type !== 'lookup') return { problem: 'not_a_lookup', field: first };
  const target = metadata.entity(own.target);
  const field = target ? criteriaField(target, second) : undefined;
  if (!target || !field) return { problem: 'unknown_field', field: path };
  return { path, field, via: { lookup: own, entity: target } };
}

/** A record type whose lookup points at `entity`: "has related <child>" conditions use these. */
export interface ChildRelation {
  readonly entity: EntityDef;
  readonly via: LookupField;
}

export function childRelations(entity: EntityDef, metadata: CriteriaMetadata): ChildRelation[] {
  return metadata
    .entities()
    .flatMap((child) =>
      child.fields
        .filter((f): f is LookupField => f.type === 'lookup' && f.target === entity.name)
        .map((via) => ({ entity: child, via })),
    );
}

/** Every field path a condition on `entity` may use: own fields first, then each lookup's target's fields. */
export function criteriaFieldPaths(entity: EntityDef, metadata: CriteriaMetadata): FieldPath[] {
  const own: FieldPath[] = [DISPLAY_NAME_CRITERIA_FIELD, ...entity.fields].map((field) => ({
    path: field.name,
    field,
  }));
  const related = entity.fields.flatMap((lookup): FieldPath[] => {
    if (lookup.type !== 'lookup') return [];
    const target = metadata.entity(lookup.target);
    if (!target) return [];
    return [DISPLAY_NAME_CRITERIA_FIELD, ...target.fields].map((field) => ({
      path: `${lookup.name}.${field.name}`,
      field,
      via: { lookup, entity: target },
    }));
  });
  return [...own, ...related];
}
