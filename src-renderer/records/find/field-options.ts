import type { TFunction } from 'i18next';
import type { EntityDef, FieldDef } from '../../../src-shared/entities';
import {
  childRelations,
  criteriaFieldPaths,
  STATIC_METADATA,
  type ChildRelation,
  type FieldPath,
} from '../../../src-shared/query';
import { uiOps } from './draft';

/** The builder's pickers: fields grouped by the record they belong to, and the "has related" relations. */

export interface OptionGroup {
  readonly group: string;
  readonly items: { readonly value: string; readonly label: string }[];
}

function usable(path: FieldPath): boolean {
  return uiOps(path.field.type).length > 0;
}

export function fieldLabel(t: TFunction, path: FieldPath): string {
  const own = t(path.field.label);
  return path.via ? t('find.path_label', { lookup: t(path.via.lookup.label), field: own }) : own;
}

export function fieldOptions(entity: EntityDef, t: TFunction): OptionGroup[] {
  const paths = criteriaFieldPaths(entity, STATIC_METADATA).filter(usable);
  const groups: OptionGroup[] = [
    {
      group: t('find.own_fields', { entity: t(entity.label) }),
      items: paths.filter((p) => !p.via).map((p) => ({ value: p.path, label: fieldLabel(t, p) })),
    },
  ];
  for (const lookup of entity.fields.filter((f) => f.type === 'lookup')) {
    const items = paths
      .filter((p) => p.via?.lookup === lookup)
      .map((p) => ({ value: p.path, label: fieldLabel(t, p) }));
    const target = paths.find((p) => p.via?.lookup === lookup)?.via?.entity;
    if (items.length > 0 && target) {
      groups.push({
        group: t('find.related_fields', { lookup: t(lookup.label), entity: t(target.label) }),
        items,
      });
    }
  }
  return groups;
}

export function relationKey(relation: { entity: string; via: string }): string {
  return `${relation.entity}.${relation.via}`;
}

export function relationOptions(entity: EntityDef, t: TFunction): { value: string; label: string }[] {
  return childRelations(entity, STATIC_METADATA).map((r: ChildRelation) => ({
    value: relationKey({ entity: r.entity.name, via: r.via.name }),
    label: t('find.related_label', { entity: t(r.entity.pluralLabel), field: t(r.via.label) }),
  }));
}

export function relationOf(entity: EntityDef, key: string): ChildRelation | undefined {
  return childRelations(entity, STATIC_METADATA).find(
    (r) => relationKey({ entity: r.entity.name, via: r.via.name }) === key,
  );
}

/** Date-like fields name comparisons by time ("before", "after"), others by size. */
export function opLabel(t: TFunction, field: FieldDef | undefined, op: string): string {
  const dated = field?.type === 'date' || field?.type === 'datetime';
  if (dated && ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'].includes(op)) return t(`find.date_op.${op}`);
  return t(`find.op.${op}`);
}
