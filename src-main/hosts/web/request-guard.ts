import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks that keep other local software and web pages away from the API:
 * the Host header defeats DNS rebinding (a hostile name resolved to
 * 127.0.0.1 still carries its own name), the Origin header defeats
 * cross-site requests, and the per-launch token proves the caller was given
 * the URL that was printed.
 */

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/** A missing Origin is fine (same-origin GETs and non-browser clients send none); a present one must be ours. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  const origin = originHeader.toLowerCase();
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

/** Constant-time token comparison; hashing first makes the lengths equal so the length leaks nothing either. */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (given === undefined || given === '') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
