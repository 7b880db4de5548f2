import { useEffect } from 'react';
import { DeletedPage } from '../pages/DeletedPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SitePage } from '../pages/SitePage';
import { SettingsPage } from '../pages/SettingsPage';
import { ListPage } from '../records/list/ListPage';
import { RecordPage } from '../records/form/RecordPage';
import { useUiStore } from '../stores/ui-store';
import { navigate } from './navigation';
import { homeOf, type Route } from './routes';

/** Picks the page for the route; a fresh page (and form state) for every distinct URL. */
export function RouteView({ route, fragment }: { route: Route; fragment: string }) {
  const area = useUiStore((s) => s.workArea);

  // `#/` or no fragment: show the remembered work area's home under its real URL.
  const bare = fragment === '' || fragment === '/';
  useEffect(() => {
    if (bare) navigate(homeOf(area), { replace: true, force: true });
  }, [bare, area]);

  switch (route.kind) {
    case 'list':
      return <ListPage key={`${route.area}/${route.entity.name}`} area={route.area} entity={route.entity} />;
    case 'record':
      return <RecordPage key={fragment} area={route.area} entity={route.entity} target={{ id: route.id }} />;
    case 'new':
      return <RecordPage key={fragment} area={route.area} entity={route.entity} target={{ prefill: route.prefill }} />;
    case 'page':
      return <SitePage key={fragment} area={route.area} page={route.page} />;
    case 'deleted':
      return <DeletedPage area={route.area} />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}
