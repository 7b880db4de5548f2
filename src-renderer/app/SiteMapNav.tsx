import { AppShell, Box, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { siteMapFor } from '../../src-shared/entities';
import { useUiStore } from '../stores/ui-store';
import { EntityIcon } from './icons';
import { linkProps } from './navigation';
import type { Route } from './routes';
import classes from './SiteMapNav.module.css';
import { WorkAreaSwitcher } from './WorkAreaSwitcher';

/** The work area's site map, generated from entity metadata, grouped by business process. */
export function SiteMapNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const remembered = useUiStore((s) => s.workArea);
  const area = 'area' in route ? route.area : remembered;
  const sections = siteMapFor(area);
  const activeEntity = 'entity' in route ? route.entity.name : null;
  const activePage = route.kind === 'page' ? route.page.name : null;

  return (
    <>
      <Box hiddenFrom="sm" p="sm">
        <WorkAreaSwitcher route={route} mobile />
      </Box>
      <AppShell.Section grow component={ScrollArea} px="sm" py="md">
        <nav aria-label={t('nav.label')}>
          <Stack gap="lg">
            {sections.map((section) => (
              <div key={section.group} role="group" aria-labelledby={`sitemap-${section.group}`}>
                <Text id={`sitemap-${section.group}`} className={classes.groupTitle}>
                  {t(`nav.group.${section.group}`)}
                </Text>
                {section.items.map((item) =>
                  item.kind === 'entity' ? (
                    <NavLink
                      key={item.entity.name}
                      component="a"
                      {...linkProps({ kind: 'list', area, entity: item.entity })}
                      label={t(item.entity.pluralLabel)}
                      leftSection={<EntityIcon name={item.entity.icon} />}
                      active={activeEntity === item.entity.name}
                      aria-current={activeEntity === item.entity.name ? 'page' : undefined}
                      className={classes.link}
                    />
                  ) : (
                    <NavLink
                      key={item.page.name}
                      component="a"
                      {...linkProps({ kind: 'page', area, page: item.page })}
                      label={t(item.page.label)}
                      leftSection={<EntityIcon name={item.page.icon} />}
                      active={activePage === item.page.name}
                      aria-current={activePage === item.page.name ? 'page' : undefined}
                      className={classes.link}
                    />
                  ),
                )}
              </div>
            ))}
          </Stack>
        </nav>
      </AppShell.Section>
      <AppShell.Section px="sm" py="sm" className={classes.footer}>
        <NavLink
          component="a"
          {...linkProps({ kind: 'deleted', area })}
          label={t('nav.recently_deleted')}
          leftSection={<IconTrash size={18} stroke={1.6} aria-hidden />}
          active={route.kind === 'deleted'}
          aria-current={route.kind === 'deleted' ? 'page' : undefined}
          className={classes.link}
        />
      </AppShell.Section>
    </>
  );
}
