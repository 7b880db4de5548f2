import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { contentTypeFor } from './content-types';

export type StaticTarget =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly contentType: string;
      readonly size: number;
      /** Vite puts content-hashed files under /assets/, so they never change. */
      readonly immutable: boolean;
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused' };

export const INDEX_FILE = 'index.html';

/**
 * Maps URL paths to files under the built renderer folder. Paths that try to
 * leave it (`..`, encoded or not, backslashes, NUL, dot-files, symlinks that
 * point outside) are refused. Any other path without a file extension is a
 * client-side route and gets index.html (SPA fallback); a missing file with
 * an extension is a real 404 so a broken asset is not answered with HTML.
 */
export function createStaticResolver(rootDir: string): (urlPathname: string) => Promise<StaticTarget> {
  let realRoot: Promise<string> | undefined;
  const root = () => (realRoot ??= realpath(rootDir));

  async function fileAt(relative: string, immutable: boolean): Promise<StaticTarget | undefined> {
    const base = await root();
    const candidate = join(base, relative);
    let real: string;
    try {
      real = await realpath(candidate);
    } catch {
      return undefined;
    }
    if (real !== base && !real.startsWith(base + sep)) return { kind: 'refused' };
    const info = await stat(real);
    if (!info.isFile()) return undefined;
    return { kind: 'file', path: real, contentType: contentTypeFor(real), size: info.size, immutable };
  }

  return async (urlPathname) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPathname);
    } catch {
      return { kind: 'refused' };
    }
    if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'refused' };
    const segments = decoded.split('/').filter((segment) => segment !== '');
    if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return { kind: 'refused' };
    try {
      await root();
    } catch {
      return { kind: 'missing' };
    }

    const relative = segments.join('/');
    if (relative !== '') {
      const found = await fileAt(relative, segments[0] === 'assets');
      if (found) return found;
      if (extname(relative) !== '') return { kind: 'missing' };
    }
    return (await fileAt(INDEX_FILE, false)) ?? { kind: 'missing' };
  };
}
