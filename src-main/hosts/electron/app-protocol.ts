import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { SECURITY_HEADERS } from '../content-security-policy';
import { createStaticResolver } from '../static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Must run before the app is ready: privileges are fixed when Chromium starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://crm/ with the same file rules as the browser host. */
export function serveApp(session: Session, rendererDir: string): void {
  const resolve = createStaticResolver(rendererDir);
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const notFound = () => new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS } });
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) return notFound();
    const target = await resolve(url.pathname);
    if (target.kind !== 'file') return notFound();
    const body = request.method === 'HEAD' ? null : await readFile(target.path);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': target.contentType, 'Content-Length': String(target.size) },
    });
  });
}
