import type { WebContents } from 'electron';

/** Input that counts as the user acting on the page (clicking a link, pressing Enter on it). */
const ACTIVATING_INPUT = new Set(['mouseDown', 'mouseUp', 'keyDown', 'rawKeyDown', 'gestureTap', 'touchEnd']);
export const ACTIVATION_WINDOW_MS = 1_000;

/**
 * Remembers when the user last clicked or typed in `contents`, so that an
 * external link is only handed to the OS browser right after a real click;
 * a script cannot spawn browser tabs on its own.
 */
export function trackUserActivation(contents: WebContents, now: () => number = Date.now): () => boolean {
  let lastActivation = Number.NEGATIVE_INFINITY;
  contents.on('input-event', (_event, input) => {
    if (ACTIVATING_INPUT.has(input.type)) lastActivation = now();
  });
  return () => now() - lastActivation <= ACTIVATION_WINDOW_MS;
}
