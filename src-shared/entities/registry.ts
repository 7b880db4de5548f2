import type { EntityDef, FieldDef, SiteMapGroup, WorkArea } from './types';
import { account } from './account';
import { contact } from './contact';

/** Every record type that really works. Later issues add theirs here. */
export const ENTITIES: readonly EntityDef[] = [account, contact];

const byName = new Map(ENTITIES.map((e) => [e.name, e]));
const byRoute = new Map(ENTITIES.map((e) => [e.route, e]));

export const ENTITY_NAMES = ENTITIES.map((e) => e.name) as [string, ...string[]];

export function isEntityName(name: string): boolean {
  return byName.has(name);
}

export function getEntity(name: string): EntityDef {
  const def = byName.get(name);
  if (!def) throw new Error(`Unknown entity: ${name}`);
  return def;
}

export function findEntityByRoute(route: string): EntityDef | undefined {
  return byRoute.get(route);
}

export function getField(entity: EntityDef, name: string): FieldDef | undefined {
  return entity.fields.find((f) => f.name === name);
}

export const WORK_AREAS: readonly WorkArea[] = ['sales', 'service', 'marketing'];

export const SITE_MAP_GROUPS: Readonly<Record<WorkArea, readonly SiteMapGroup[]>> = {
  sales: ['my-work', 'customers', 'sales', 'collateral'],
  service: ['my-work', 'customers', 'service'],
  marketing: ['my-work', 'customers', 'marketing'],
};

export interface SiteMapSection {
  readonly group: SiteMapGroup;
  readonly entities: readonly EntityDef[];
}

/**
 * The navigation of a work area, built from the entities' declarations.
 * Groups with no working record type are left out rather than shown empty.
 */
export function siteMapFor(area: WorkArea): SiteMapSection[] {
  return SITE_MAP_GROUPS[area]
    .map((group) => ({
      group,
      entities: ENTITIES.flatMap((e) =>
        e.siteMap.filter((s) => s.area === area && s.group === group).map((s) => ({ e, order: s.order })),
      )
        .sort((a, b) => a.order - b.order)
        .map((x) => x.e),
    }))
    .filter((s) => s.entities.length > 0);
}
