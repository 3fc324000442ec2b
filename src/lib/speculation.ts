/**
 * Whether code loading now is for a page the reader has not asked for: a
 * hover preload, or the idle prefetch of a link in view. Such a load may fail
 * (the tab's release is gone) without the page doing anything about it; the
 * reader's click on the link then recovers (src/clientModules/chunkRecovery.ts).
 */

/** Events during which Docusaurus' <Link> preloads a route the reader has not asked for yet. */
const speculativeEvents = new Set(['mouseover', 'mouseout', 'pointerover', 'pointerenter', 'touchstart']);

let depth = 0;

/** True inside speculatively(), and during a hover or touch event. */
export function isSpeculative(): boolean {
  return depth > 0 || (typeof window !== 'undefined' && speculativeEvents.has(window.event?.type ?? ''));
}

/**
 * Runs `fn` as speculative work: the chunks it starts loading before it
 * returns are marked so. Work it leaves for later (a promise callback) must
 * be wrapped again, or be given `speculative` to decide with.
 */
export function speculatively<T>(fn: () => T, speculative = true): T {
  if (!speculative) return fn();
  depth++;
  try {
    return fn();
  } finally {
    depth--;
  }
}
