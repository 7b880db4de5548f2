/**
 * The app is served from its own privileged scheme rather than file://, so it
 * has a real origin: CSP 'self', the sender check and the navigation guard
 * can all name exactly one origin, and no other local file is reachable.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'crm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.port === ''
    );
  } catch {
    return false;
  }
}
