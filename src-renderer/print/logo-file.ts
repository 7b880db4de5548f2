import { MAX_LOGO_CHARS } from '../../src-shared/api/sales';

/**
 * The company logo is kept in the data file as a `data:` URL of at most
 * MAX_LOGO_CHARS characters (the contract refuses longer ones). These check
 * a chosen file before it is read, so the user hears at once, and in their
 * language, what is wrong with it.
 */

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

export type LogoProblem =
  | { readonly kind: 'type'; readonly name: string }
  | { readonly kind: 'size'; readonly size: number; readonly max: number };

/** The largest file of `type` whose base64 `data:` URL still fits in MAX_LOGO_CHARS. */
export function maxLogoBytes(type: string = 'image/png'): number {
  const prefix = `data:${type};base64,`.length;
  return Math.floor((MAX_LOGO_CHARS - prefix) / 4) * 3;
}

export function checkLogoFile(file: {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}): LogoProblem | null {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { kind: 'type', name: file.name };
  const max = maxLogoBytes(file.type);
  if (file.size > max) return { kind: 'size', size: file.size, max };
  return null;
}

/** A file size for people: "292 kB", "1.2 MB" (in the user's locale and digits). */
export function formatFileSize(locale: string, bytes: number): string {
  const [unit, value] = bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : ['kilobyte', bytes / 1_000];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
