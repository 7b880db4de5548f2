import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { isAppUrl } from './app-origin';
import { trackUserActivation } from './user-activation';

/**
 * Session-wide rules: every response carries the app's CSP, and every
 * permission (camera, notifications, geolocation, clipboard-read, ...) is
 * refused: the CRM needs none of them.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export interface GuardOptions {
  /** Opens a URL in the OS browser (shell.openExternal). */
  readonly openExternal: (url: string) => Promise<void>;
  readonly now?: () => number;
}

/**
 * The window only ever shows the app: no new windows, no navigation to any
 * other origin, no <webview>. A web link the user clicked opens in the OS
 * browser instead.
 */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const userJustActed = trackUserActivation(contents, options.now);
  const openOutside = (url: string) => {
    if (isExternalWebUrl(url) && userJustActed()) void options.openExternal(url).catch(() => undefined);
  };

  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    // The main frame is will-navigate's job (which may hand the link to the OS
    // browser); cancelling it here could stop will-navigate from firing.
    if (event.isMainFrame) return;
    // Blank and srcdoc subframes inherit the app's origin (printing uses them).
    const inheritsOrigin = event.url === 'about:blank' || event.url === 'about:srcdoc';
    if (!isAppUrl(event.url) && !inheritsOrigin) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
