import { connect } from './api';
import { withStartupPrefetch, type PrefetchRequest } from './api/startup-prefetch';
import { parseRoute } from './app/routes';
import { parsePrintRoute, printStartupCalls } from './print/print-route';
import { listQuery, PAGE_SIZE } from './records/list/useRecordList';
import { DEFAULT_LIST_STATE } from './stores/ui-store';

/*
 * The entry chunk is small on purpose: it starts the calls the first screen
 * makes, then loads React, Mantine and the app as a second chunk, so the
 * backend answers while the browser downloads and compiles that.
 */

// Connect first: it takes the token out of the address bar before the router reads the route.
const connected = connect();
const printRoute = parsePrintRoute(window.location.hash);
const route = parseRoute(window.location.hash);
const listCalls: PrefetchRequest[] =
  route.kind === 'list'
    ? [
        { method: 'views.list', input: { entity: route.entity.name } },
        { method: 'records.list', input: { ...listQuery(route.entity.name, DEFAULT_LIST_STATE), limit: PAGE_SIZE } },
      ]
    : [];
const client = withStartupPrefetch(
  connected,
  printRoute
    ? printStartupCalls(printRoute)
    : [{ method: 'app.info', input: {} }, { method: 'customization.get', input: {} }, ...listCalls],
);
// A document's print page (src-renderer/print) renders alone, without the app.
if (printRoute) void import('./print/mount').then(({ mountPrint }) => mountPrint(client, printRoute));
else void import('./app/mount').then(({ mount }) => mount(client));
