import '@fontsource/vazirmatn/400.css';
import '@fontsource/vazirmatn/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from '../api/client';
import { PrintPage } from './PrintPage';
import type { PrintRoute } from './print-route';

/**
 * Renders the print page alone: no Mantine, no shell, no navigation, so it
 * loads fast in a hidden print window and prints nothing but the document.
 * Loaded as its own chunk by main.tsx for `#/print/...`.
 */
export function mountPrint(client: ApiClient, route: PrintRoute): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <PrintPage client={client} route={route} />
    </StrictMode>,
  );
}
