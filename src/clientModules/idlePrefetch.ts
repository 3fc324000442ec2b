/**
 * Docusaurus' <Link> prefetches the chunks of each link as soon as it scrolls
 * into view, through `window.docusaurus.prefetch`. Finding a route's chunks
 * walks the whole route table once per link (`getChunkNamesToLoad` in
 * @docusaurus/core's client/docusaurus.js), which grows with the number of
 * articles: on a large help center the links of the navbar and the results
 * held the main thread right after hydration, and the first result waited
 * for them; each keystroke's suggestions did the same to the next keystroke
 * (`npm run bench:scale` shows the first result's time).
 *
 * Prefetching is a hint, so this module keeps it but runs it when the browser
 * is idle, one link per idle period. For a link into a guide whose routes
 * load in buckets (src/plugins/largeGuide), its bucket loads first, and the
 * article's own chunk, which has no name to prefetch by, is left to the
 * hover or the click. Hover and click preloads (what the reader is about to
 * open) still run at once; they only pass their target path on, for such a
 * guide.
 */
import type {ClientModule} from '@docusaurus/types';
import {createIdleQueue, type IdleScheduler} from '../lib/idleQueue';
import {speculatively} from '../lib/speculation';
import {loadRoutesFor, withPreloadTarget} from '../plugins/largeGuide/runtime/client';

const marker = Symbol.for('kb.idlePrefetch');

/** requestIdleCallback where the browser has it; a short timer elsewhere (Safari before 18). */
const scheduler: IdleScheduler = (run) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(run, {timeout: 3000})
    : window.setTimeout(run, 200);

function install(): void {
  const current = window.docusaurus;
  if (!current || (current as unknown as Record<symbol, boolean>)[marker]) return;
  // A link into a guide whose routes load in buckets (src/plugins/largeGuide): load its bucket first, so that the
  // prefetch finds the route's chunks. Its article's own chunk has no name to prefetch by, and is not preloaded
  // either: code run now would stay in the tab, and a tab left open past a release would go on showing the old
  // article instead of reloading into the new one (tests/release/stale-tab.test.ts). Loading the bucket is
  // speculative: if it fails (the tab's release is gone), the navigation recovers, nothing reloads now.
  const queue = createIdleQueue(
    (path: string) =>
      void speculatively(() => loadRoutesFor(path)).then(
        () => void current.prefetch(path),
        () => undefined,
      ),
    scheduler,
  );
  // Docusaurus freezes the object it mounts; Link reads window.docusaurus at each call, so a new object takes over.
  window.docusaurus = Object.freeze({
    ...current,
    prefetch: (routePath: string) => {
      queue.add(routePath);
      return Promise.resolve([]); // <Link> ignores the result; the chunks are fetched later, in idle time
    },
    // A hovered link's route may sit in a bucket of routes not loaded yet: tell the bucket loader which path.
    preload: (routePath: string) => withPreloadTarget(routePath, () => current.preload(routePath)),
    [marker]: true,
  });
}

const module: ClientModule = {
  // The first call is React's hydration commit: before any <Link> effect runs (those are passive effects).
  onRouteDidUpdate() {
    install();
  },
};

export default module;
