import { lazy, Suspense, useEffect } from 'react';
import { Center, Loader } from '@mantine/core';
import { NotFoundPage } from '../pages/NotFoundPage';
import { parsePrintRoute } from '../print/print-route';
import { ListPage } from '../records/list/ListPage';
import { useUiStore } from '../stores/ui-store';
import { navigate } from './navigation';
import { homeOf, type Route } from './routes';

/*
 * Lists are the first screen, so they come with the app; the other pages are
 * separate chunks, compiled only when first opened, so that the first rows
 * paint sooner.
 */
const RecordPage = lazy(() => import('../records/form/RecordPage').then((m) => ({ default: m.RecordPage })));
const SitePage = lazy(() => import('../pages/SitePage').then((m) => ({ default: m.SitePage })));
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const DeletedPage = lazy(() => import('../pages/DeletedPage').then((m) => ({ default: m.DeletedPage })));

function PageLoading() {
  return (
    <Center p="xl">
      <Loader size="sm" />
    </Center>
  );
}

/** Picks the page for the route; a fresh page (and form state) for every distinct URL. */
export function RouteView({ route, fragment }: { route: Route; fragment: string }) {
  const area = useUiStore((s) => s.workArea);

  // `#/` or no fragment: show the remembered work area's home under its real URL.
  const bare = fragment === '' || fragment === '/';
  useEffect(() => {
    if (bare) navigate(homeOf(area), { replace: true, force: true });
  }, [bare, area]);

  return (
    <Suspense fallback={<PageLoading />}>
      <RoutePage route={route} fragment={fragment} />
    </Suspense>
  );
}

function RoutePage({ route, fragment }: { route: Route; fragment: string }) {
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
      // A document's print page renders without the app (main.tsx): a link to it inside the app loads it afresh.
      if (parsePrintRoute(window.location.hash)) return <LoadPrintPage />;
      return <NotFoundPage path={route.path} />;
  }
}

function LoadPrintPage() {
  useEffect(() => window.location.reload(), []);
  return null;
}
