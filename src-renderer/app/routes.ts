import {
  findEntityByRoute,
  findPageByRoute,
  homePageOf,
  siteMapFor,
  WORK_AREAS,
  type EntityDef,
  type SiteMapPage,
  type WorkArea,
} from '../../src-shared/entities';

/**
 * Hash routes, deep-linkable: `#/sales/accounts`, `#/sales/accounts/<id>`,
 * `#/sales/accounts/new?account_id=<id>`, `#/sales/recently-deleted`,
 * `#/settings`. The work area is part of the path so a link opens the same
 * navigation the user saw.
 */
export type Route =
  | { readonly kind: 'list'; readonly area: WorkArea; readonly entity: EntityDef }
  | { readonly kind: 'record'; readonly area: WorkArea; readonly entity: EntityDef; readonly id: string }
  | {
      readonly kind: 'new';
      readonly area: WorkArea;
      readonly entity: EntityDef;
      readonly prefill: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'page'; readonly area: WorkArea; readonly page: SiteMapPage }
  | { readonly kind: 'deleted'; readonly area: WorkArea }
  | { readonly kind: 'settings' }
  | { readonly kind: 'not-found'; readonly path: string };

export const DEFAULT_AREA: WorkArea = 'sales';
export const DELETED_SEGMENT = 'recently-deleted';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isWorkArea(value: string | undefined): value is WorkArea {
  return WORK_AREAS.includes(value as WorkArea);
}

/**
 * Where `#/` and `#/<area>` land: the page the area declares its home (the
 * dashboard, for Sales), else the first record type of its site map after
 * My Work (whose lists are the user's own; the area's customers are the
 * better start there).
 */
export function homeOf(area: WorkArea): Route {
  const page = homePageOf(area);
  if (page) return { kind: 'page', area, page };
  const sections = siteMapFor(area);
  const first = (sections.find((s) => s.group !== 'my-work' && s.entities.length > 0) ?? sections[0])?.entities[0];
  return first ? { kind: 'list', area, entity: first } : { kind: 'deleted', area };
}

export function parseRoute(fragment: string): Route {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean).map(decode);
  const [first, second, third, ...rest] = segments;
  if (first === undefined) return homeOf(DEFAULT_AREA);
  if (first === 'settings' && second === undefined) return { kind: 'settings' };
  if (!isWorkArea(first) || rest.length > 0) return { kind: 'not-found', path: pathPart };
  const area = first;
  if (second === undefined) return homeOf(area);
  if (second === DELETED_SEGMENT && third === undefined) return { kind: 'deleted', area };
  const entity = findEntityByRoute(second);
  if (!entity) {
    const page = findPageByRoute(second);
    return page && third === undefined ? { kind: 'page', area, page } : { kind: 'not-found', path: pathPart };
  }
  if (third === undefined) return { kind: 'list', area, entity };
  if (third === 'new') return { kind: 'new', area, entity, prefill: prefillFrom(entity, queryPart) };
  if (ID.test(third)) return { kind: 'record', area, entity, id: third.toLowerCase() };
  return { kind: 'not-found', path: pathPart };
}

/** Only real fields of the entity may be prefilled from a link. */
function prefillFrom(entity: EntityDef, query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    if (entity.fields.some((f) => f.name === key)) out[key] = value;
  }
  return out;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function formatRoute(route: Route): string {
  switch (route.kind) {
    case 'list':
      return `/${route.area}/${route.entity.route}`;
    case 'record':
      return `/${route.area}/${route.entity.route}/${route.id}`;
    case 'new': {
      const query = new URLSearchParams(route.prefill).toString();
      return `/${route.area}/${route.entity.route}/new${query ? `?${query}` : ''}`;
    }
    case 'page':
      return `/${route.area}/${route.page.route}`;
    case 'deleted':
      return `/${route.area}/${DELETED_SEGMENT}`;
    case 'settings':
      return '/settings';
    case 'not-found':
      return route.path;
  }
}

/** The `href` of a route, for real links (middle-click, copy link). */
export function hrefOf(route: Route): string {
  return `#${formatRoute(route)}`;
}

export function areaOf(route: Route): WorkArea | null {
  return 'area' in route ? route.area : null;
}
