/**
 * The URL fragment carries two things: the browser host's per-launch token
 * (`#token=<t>`, only on first load) and the app's hash route
 * (`#/sales/accounts/<id>?account_id=...`). They may arrive together, e.g.
 * `#/sales/accounts?token=<t>` for a deep link opened from the host's line,
 * so the token is cut out wherever it sits and the rest is the route.
 */

export interface SplitFragment {
  /** The token, when the fragment carried one. */
  readonly token: string | null;
  /** The route without the token, `''` when there is none. */
  readonly route: string;
}

const TOKEN_PARAM = /(^|[?&])token=([^&]*)/;

export function splitFragment(hash: string): SplitFragment {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const match = TOKEN_PARAM.exec(fragment);
  if (!match) return { token: null, route: fragment };
  const token = safeDecode(match[2] ?? '');
  const before = fragment.slice(0, match.index);
  const after = fragment.slice(match.index + match[0].length);
  let route: string;
  if (match[1] === '?') {
    // `/path?token=t&a=b` -> `/path?a=b`; `/path?token=t` -> `/path`
    route = after.startsWith('&') ? `${before}?${after.slice(1)}` : before;
  } else {
    // `token=t&/path` or `/path?a=b&token=t&c=d`
    route = `${before}${after.startsWith('&') && before === '' ? after.slice(1) : after}`;
  }
  return { token: token === '' ? null : token, route };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
