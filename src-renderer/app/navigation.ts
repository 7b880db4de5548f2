import { useMemo, useSyncExternalStore } from 'react';
import { modals } from '@mantine/modals';
import { i18n } from '../i18n/setup';
import { useUiStore } from '../stores/ui-store';
import { formatRoute, parseRoute, type Route } from './routes';

/**
 * The hash router. Every in-app move goes through `navigate`, which asks
 * before leaving a form with unsaved changes; moves the app does not start
 * (Back button, typed URL) are caught on `hashchange`, undone, and asked
 * about the same way.
 */

let accepted: string | null = null;
const subscribers = new Set<() => void>();

function currentFragment(): string {
  return window.location.hash.replace(/^#/, '');
}

function accept(fragment: string) {
  accepted = fragment;
  for (const notify of [...subscribers]) notify();
}

export function confirmDiscard(onDiscard: () => void) {
  modals.openConfirmModal({
    title: i18n.t('guard.title'),
    children: i18n.t('guard.message'),
    labels: { confirm: i18n.t('guard.discard'), cancel: i18n.t('guard.stay') },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      useUiStore.getState().setFormDirty(false);
      onDiscard();
    },
  });
}

function onHashChange() {
  const next = currentFragment();
  if (next === accepted) return;
  if (useUiStore.getState().formDirty && accepted !== null) {
    window.history.pushState(window.history.state, '', `#${accepted}`);
    confirmDiscard(() => {
      window.history.pushState(window.history.state, '', `#${next}`);
      accept(next);
    });
    return;
  }
  accept(next);
}

function subscribe(callback: () => void) {
  if (subscribers.size === 0) window.addEventListener('hashchange', onHashChange);
  subscribers.add(callback);
  return () => {
    subscribers.delete(callback);
    if (subscribers.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

function snapshot(): string {
  if (accepted === null) accepted = currentFragment();
  return accepted;
}

export interface NavigateOptions {
  /** Replace the current history entry (redirects, after create). */
  readonly replace?: boolean;
  /** Skip the unsaved-changes question (the caller already saved or asked). */
  readonly force?: boolean;
}

export function navigate(target: Route | string, options: NavigateOptions = {}) {
  const fragment = typeof target === 'string' ? target.replace(/^#/, '') : formatRoute(target);
  if (fragment === snapshot()) return;
  const go = () => {
    const url = `#${fragment}`;
    if (options.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(window.history.state, '', url);
    accept(fragment);
  };
  if (!options.force && useUiStore.getState().formDirty) confirmDiscard(go);
  else go();
}

/** The current route; re-renders when it changes. */
export function useRoute(): { route: Route; fragment: string } {
  const fragment = useSyncExternalStore(subscribe, snapshot);
  const route = useMemo(() => parseRoute(fragment), [fragment]);
  return { route, fragment };
}

/** Props for an `<a>` that navigates in-app but stays a real link. */
export function linkProps(target: Route) {
  const fragment = formatRoute(target);
  return {
    href: `#${fragment}`,
    onClick: (event: {
      preventDefault(): void;
      button?: number;
      ctrlKey?: boolean;
      metaKey?: boolean;
      shiftKey?: boolean;
    }) => {
      if (event.button !== undefined && event.button !== 0) return;
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      navigate(target);
    },
  };
}
