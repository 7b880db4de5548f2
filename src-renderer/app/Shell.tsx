import { useEffect } from 'react';
import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ReminderCenter } from '../activities/ReminderCenter';
import { useUiStore } from '../stores/ui-store';
import { GlobalSearch } from './GlobalSearch';
import { HeaderBar } from './HeaderBar';
import { useRoute } from './navigation';
import { RouteView } from './RouteView';
import { areaOf } from './routes';
import { SiteMapNav } from './SiteMapNav';

export function Shell() {
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const { route, fragment } = useRoute();
  const setWorkArea = useUiStore((s) => s.setWorkArea);
  const formDirty = useUiStore((s) => s.formDirty);

  const area = areaOf(route);
  useEffect(() => {
    if (area) setWorkArea(area);
  }, [area, setWorkArea]);

  // A new page starts at its top (the browser only does this for real page loads).
  const path = fragment.split('?')[0];
  useEffect(() => {
    closeNav();
    window.scrollTo({ top: 0 });
  }, [path, closeNav]);

  // The browser's own "leave site?" prompt for reloads and closing the tab.
  useEffect(() => {
    if (!formDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [formDirty]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={0}
    >
      <AppShell.Header>
        <HeaderBar route={route} navOpened={navOpened} onToggleNav={toggleNav} />
      </AppShell.Header>
      <AppShell.Navbar>
        <SiteMapNav route={route} />
      </AppShell.Navbar>
      <AppShell.Main>
        <RouteView route={route} fragment={fragment} />
      </AppShell.Main>
      <GlobalSearch />
      <ReminderCenter />
    </AppShell>
  );
}
