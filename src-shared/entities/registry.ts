import type { EntityDef, FieldDef, SiteMapEntry, SiteMapGroup, SiteMapPage, WorkArea } from './types';
import { account } from './account';
import { activity } from './activity';
import { contact } from './contact';
import { attachment, note } from './note';
import { savedView } from './saved-view';
import {
  bundleItem,
  campaign,
  competitor,
  discountList,
  discountRange,
  invoice,
  lead,
  opportunity,
  priceList,
  priceListItem,
  product,
  quote,
  salesLine,
  salesOrder,
  salesTarget,
  unit,
  unitGroup,
} from './sales';
import { calendarPage, dashboardPage, timeSpentPage } from './pages';
import { SALES_REPORT_PAGES } from './sales-report-pages';

/** Every record type that really works. Later issues add theirs here. */
export const ENTITIES: readonly EntityDef[] = [
  account,
  contact,
  activity,
  lead,
  opportunity,
  competitor,
  quote,
  salesOrder,
  invoice,
  salesTarget,
  unitGroup,
  unit,
  product,
  bundleItem,
  discountList,
  discountRange,
  priceList,
  priceListItem,
  campaign,
];

/** Site-map pages that are not record lists (reports, calendars). */
export const PAGES: readonly SiteMapPage[] = [dashboardPage, calendarPage, timeSpentPage, ...SALES_REPORT_PAGES];
const pageByRoute = new Map(PAGES.map((p) => [p.route, p]));

/**
 * Synced record types that are not business records (saved views): written
 * through the same path and known to `getEntity`, but not listed, searched,
 * offered in the UI or accepted by the generic record methods.
 */
export const INTERNAL_RECORD_TYPES: readonly EntityDef[] = [savedView, note, attachment, salesLine];

const byName = new Map([...ENTITIES, ...INTERNAL_RECORD_TYPES].map((e) => [e.name, e]));
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

export function findPageByRoute(route: string): SiteMapPage | undefined {
  return pageByRoute.get(route);
}

export function getField(entity: EntityDef, name: string): FieldDef | undefined {
  return entity.fields.find((f) => f.name === name);
}

export const WORK_AREAS: readonly WorkArea[] = ['sales', 'service', 'marketing'];

export const SITE_MAP_GROUPS: Readonly<Record<WorkArea, readonly SiteMapGroup[]>> = {
  sales: ['my-work', 'customers', 'sales', 'analytics', 'collateral'],
  service: ['my-work', 'customers', 'service'],
  marketing: ['my-work', 'customers', 'marketing'],
};

/** One entry of a site-map group: a record type's list or a page. */
export type SiteMapItem =
  { readonly kind: 'entity'; readonly entity: EntityDef } | { readonly kind: 'page'; readonly page: SiteMapPage };

export interface SiteMapSection {
  readonly group: SiteMapGroup;
  readonly entities: readonly EntityDef[];
  readonly pages: readonly SiteMapPage[];
  /** Record types and pages together, in their declared order (a record type first on a tie). */
  readonly items: readonly SiteMapItem[];
}

function placedIn<T extends { readonly siteMap: readonly { area: WorkArea; group: SiteMapGroup; order: number }[] }>(
  items: readonly T[],
  area: WorkArea,
  group: SiteMapGroup,
): T[] {
  return items
    .flatMap((item) =>
      item.siteMap.filter((s) => s.area === area && s.group === group).map((s) => ({ item, order: s.order })),
    )
    .sort((a, b) => a.order - b.order)
    .map((x) => x.item);
}

/**
 * The navigation of a work area, built from the entities' and pages'
 * declarations. Groups with nothing that works are left out rather than
 * shown empty.
 */
export function siteMapFor(area: WorkArea): SiteMapSection[] {
  return SITE_MAP_GROUPS[area]
    .map((group) => {
      const order = (item: { readonly siteMap: readonly SiteMapEntry[] }) =>
        item.siteMap.find((s) => s.area === area && s.group === group)?.order ?? 0;
      const entities = placedIn(ENTITIES, area, group);
      const pages = placedIn(PAGES, area, group);
      const ranked: { order: number; tie: number; item: SiteMapItem }[] = [
        ...entities.map((entity) => ({ order: order(entity), tie: 0, item: { kind: 'entity' as const, entity } })),
        ...pages.map((page) => ({ order: order(page), tie: 1, item: { kind: 'page' as const, page } })),
      ];
      const items = ranked.sort((a, b) => a.order - b.order || a.tie - b.tie).map((r) => r.item);
      return { group, entities, pages, items };
    })
    .filter((s) => s.items.length > 0);
}

/** The page a work area opens on, when one declares itself its home. */
export function homePageOf(area: WorkArea): SiteMapPage | undefined {
  return PAGES.find((p) => p.homeOf?.includes(area));
}
