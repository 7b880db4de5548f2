import { useEffect, useState } from 'react';
import type { Language } from '../../src-shared/api';
import type { Printable, Translate } from '../../src-shared/rules/print/printable';
import type { ApiClient } from '../api/client';
import { isApiCallError } from '../api/client';
import { directionOf, i18n } from '../i18n/setup';
import { loadPrintable } from './load-printable';
import { PrintDocument } from './PrintDocument';
import { parsePrintRoute, type PrintRoute } from './print-route';
import classes from './print.module.css';

/**
 * `#/print/<entity>/<id>`: the document alone, as it prints, in the user's
 * language. When it is laid out (fonts and logo included) `<html>` gets
 * `data-print-state="ready"` (or `failed`) and `data-print-job` the route's
 * job: the desktop host waits for those before printing its hidden window,
 * and so do the tests. The page follows the hash, so the desktop host's
 * print window shows the next document without loading the app again. With
 * `?auto=print` (the browser host's Print) it opens the print dialog itself
 * and closes its tab afterwards.
 */

type State =
  | { readonly status: 'loading'; readonly route: PrintRoute }
  | { readonly status: 'ready'; readonly route: PrintRoute; readonly printable: Printable }
  | { readonly status: 'failed'; readonly route: PrintRoute; readonly error: unknown };

function translateIn(language: Language): Translate {
  const t = i18n.getFixedT(language);
  return (key, params) => t(key, params ?? {});
}

function setPrintState(state: 'ready' | 'failed' | null, job: string) {
  const data = document.documentElement.dataset;
  if (state === null) {
    delete data['printState'];
    return;
  }
  performance.mark(`crm-print-${state}`);
  data['printJob'] = job;
  data['printState'] = state;
}

function applyLanguage(language: Language) {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

async function laidOut(): Promise<void> {
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await document.fonts.ready;
  // One more frame, so the layout with those fonts is what gets printed.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** The print route in the address bar, following hash changes (another document, another job). */
function usePrintRoute(initial: PrintRoute): PrintRoute {
  const [route, setRoute] = useState(initial);
  useEffect(() => {
    const follow = () => {
      const next = parsePrintRoute(window.location.hash);
      if (next) setRoute(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

export function PrintPage({ client, route: initialRoute }: { client: ApiClient; route: PrintRoute }) {
  const route = usePrintRoute(initialRoute);
  const [loaded, setState] = useState<State>({ status: 'loading', route });
  // Until the route's document has loaded, the page shows it loading (not the previous one).
  const state: State = loaded.route === route ? loaded : { status: 'loading', route };
  const [language, setLanguage] = useState<Language>('en');
  const t = i18n.getFixedT(language);

  useEffect(() => {
    let live = true;
    setPrintState(null, route.job);
    performance.mark('crm-print-mounted');
    loadPrintable(client, route, translateIn, (next) => {
      if (!live) return;
      applyLanguage(next);
      setLanguage(next);
    }).then(
      (printable) => live && setState({ status: 'ready', route, printable }),
      (error: unknown) => live && setState({ status: 'failed', route, error }),
    );
    return () => {
      live = false;
    };
  }, [client, route]);

  useEffect(() => {
    const state = loaded;
    if (state.status === 'failed') {
      setPrintState('failed', state.route.job);
      return;
    }
    if (state.status !== 'ready') return;
    performance.mark('crm-print-rendered');
    document.title = state.printable.fileName;
    let live = true;
    void laidOut().then(() => {
      if (!live) return;
      setPrintState('ready', state.route.job);
      if (state.route.autoPrint) {
        // The tab was opened only to print: it goes away once the dialog closes.
        window.addEventListener('afterprint', () => window.close(), { once: true });
        window.print();
      }
    });
    return () => {
      live = false;
    };
  }, [loaded]);

  if (state.status === 'loading') {
    return (
      <div className={classes.desk}>
        <p className={classes.message} role="status">
          {t('print.loading')}
        </p>
      </div>
    );
  }
  if (state.status === 'failed') {
    const apiError = isApiCallError(state.error) ? state.error.error : null;
    return (
      <div className={classes.desk}>
        <div className={`${classes.message} ${classes.failed}`} role="alert">
          <p>{t('print.load_failed')}</p>
          {apiError && <p>{t(apiError.messageKey, { ...(apiError.params ?? {}), defaultValue: apiError.message })}</p>}
        </div>
      </div>
    );
  }
  return (
    <div className={classes.desk}>
      <div className={classes.toolbar}>
        <button type="button" className={classes.toolbarButton} onClick={() => window.print()}>
          {t('print.commands.print')}
        </button>
      </div>
      <PrintDocument printable={state.printable} />
    </div>
  );
}
