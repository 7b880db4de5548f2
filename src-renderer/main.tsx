import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/500.css';
import '@fontsource/vazirmatn/600.css';
import '@fontsource/vazirmatn/700.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api';
import { withStartupPrefetch } from './api/startup-prefetch';
import { Root } from './app/Root';
import { parseRoute } from './app/routes';
import { listQuery, PAGE_SIZE } from './records/list/useRecordList';
import { DEFAULT_LIST_STATE } from './stores/ui-store';

// Connect first: it takes the token out of the address bar before the router reads the route.
const connected = connect();
const route = parseRoute(window.location.hash);
const client = withStartupPrefetch(connected, [
  { method: 'app.info', input: {} },
  ...(route.kind === 'list'
    ? [
        {
          method: 'records.list' as const,
          input: { ...listQuery(route.entity.name, DEFAULT_LIST_STATE), limit: PAGE_SIZE },
        },
      ]
    : []),
]);
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container).render(
  <StrictMode>
    <Root client={client} />
  </StrictMode>,
);
