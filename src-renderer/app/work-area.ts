import type { EntityDef, WorkArea } from '../../src-shared/entities';

/** Open a record in the current work area when it belongs there, else in its first one. */
export function areaForEntity(entity: EntityDef, current: WorkArea): WorkArea {
  if (entity.siteMap.some((s) => s.area === current)) return current;
  return entity.siteMap[0]?.area ?? current;
}
