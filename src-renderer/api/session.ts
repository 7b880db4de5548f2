import { electronBridge } from './bridge';
import { createClient, type ApiClient } from './client';
import { splitFragment } from './fragment';
import { createHttpTransport } from './http-transport';

const TOKEN_KEY = 'crm.token';

/**
 * Picks the transport once at start: the Electron preload when present,
 * otherwise the browser host with the token from the URL fragment (first
 * load) or sessionStorage (reloads). The token is removed from the address
 * bar right away so it is not bookmarked, shared or kept in history.
 */
export function connect(): ApiClient {
  const bridge = electronBridge();
  if (bridge) return createClient(bridge);
  return createClient(createHttpTransport(takeToken()));
}

function takeToken(): string {
  const { token, route } = splitFragment(window.location.hash);
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    const url = `${window.location.pathname}${window.location.search}${route ? `#${route}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
