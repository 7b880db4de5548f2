import { Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WORK_AREAS, type WorkArea } from '../../src-shared/entities';
import { useUiStore } from '../stores/ui-store';
import { linkProps } from './navigation';
import { homeOf, type Route } from './routes';
import classes from './WorkAreaSwitcher.module.css';

/** Where switching to `area` lands: the same record type's list when the area has it, else the area's home. */
function targetFor(area: WorkArea, route: Route): Route {
  if (
    (route.kind === 'list' || route.kind === 'record' || route.kind === 'new') &&
    route.entity.siteMap.some((s) => s.area === area)
  ) {
    return { kind: 'list', area, entity: route.entity };
  }
  return homeOf(area);
}

/** Sales / Service / Marketing / Settings, as links (`aria-current` on the active one). */
export function WorkAreaSwitcher({ route, mobile = false }: { route: Route; mobile?: boolean }) {
  const { t } = useTranslation();
  const remembered = useUiStore((s) => s.workArea);
  const active = route.kind === 'settings' ? 'settings' : 'area' in route ? route.area : remembered;
  const items: { key: WorkArea | 'settings'; target: Route }[] = [
    ...WORK_AREAS.map((area) => ({ key: area, target: targetFor(area, route) })),
    { key: 'settings', target: { kind: 'settings' } },
  ];
  return (
    <Group
      component="nav"
      aria-label={t('area.label')}
      gap={4}
      wrap={mobile ? 'wrap' : 'nowrap'}
      className={classes.switcher}
      {...(mobile ? {} : { visibleFrom: 'sm' })}
    >
      {items.map(({ key, target }) => (
        <UnstyledButton
          key={key}
          component="a"
          {...linkProps(target)}
          className={classes.item}
          data-active={active === key || undefined}
          aria-current={active === key ? 'page' : undefined}
        >
          {t(`area.${key}`)}
        </UnstyledButton>
      ))}
    </Group>
  );
}
