/**
 * A tab whose release is gone recovers with one full load of the URL the
 * reader asked for (facebook/docusaurus#7599).
 *
 * After a deploy, nginx keeps earlier releases' hashed assets for a grace
 * period (deploy/release/), so old tabs keep working. Past it, a lazy chunk
 * or a search index file of the tab's release answers 404. Then:
 * - a chunk that fails to load (route preload on navigation, the search
 *   engine, the first render) makes this module load the page in full;
 * - an own `/assets/` file that answers 404 (the search index) does too.
 * At navigation time `location.href` already is the target (the router
 * pushed it), so a reload loads the page the reader asked for. The promise
 * that failed never settles, so Docusaurus shows no error and does not
 * reload a second time. A sessionStorage marker allows one full load per URL
 * per 5 minutes: never a loop, even if the new release were broken too.
 *
 * Hover preloads and idle prefetches are speculative (src/lib/speculation.ts):
 * their failure is left to Docusaurus, which reloads the target once when the
 * link is then followed.
 */
import type {ClientModule} from '@docusaurus/types';
import {isSpeculative} from '../lib/speculation';

interface ChunkRuntime {
  /** Loads a lazy chunk (JS and CSS) by id; every dynamic import() goes through it. */
  e?: (chunkId: string | number) => Promise<unknown>;
  /** Public path: the site's base URL. */
  p?: string;
}
declare const __webpack_require__: ChunkRuntime;

const markerPrefix = 'kb-full-load:';
const retryAfterMs = 5 * 60_000;
const speculative = new WeakSet<object>();
const never = new Promise<never>(() => {});
let recovering = false;

/** A chunk that could not be loaded (Rspack/webpack JS or CSS), as opposed to a bug in the chunk's code. */
export function isChunkLoadError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const {name, code, message} = error as {name?: unknown; code?: unknown; message?: unknown};
  return (
    name === 'ChunkLoadError' ||
    code === 'CSS_CHUNK_LOAD_FAILED' ||
    /Loading (CSS )?chunk \S+ failed|Failed to fetch dynamically imported module/.test(String(message ?? ''))
  );
}

/** One full load of `url`, unless this tab already did one for it in the last 5 minutes. */
function recover(url = window.location.href): boolean {
  if (recovering) return true;
  const key = markerPrefix + url;
  try {
    const last = Number(window.sessionStorage.getItem(key));
    if (last && Date.now() - last < retryAfterMs) return false;
    window.sessionStorage.setItem(key, String(Date.now()));
  } catch {
    return false; // no storage, no loop guard: leave the error to the page
  }
  recovering = true;
  // assign() of the current URL with a #hash would only scroll: reload it instead.
  if (url === window.location.href) window.location.reload();
  else window.location.assign(url);
  return true;
}

function guardChunkLoader(runtime: ChunkRuntime): void {
  const load = runtime.e;
  if (!load) return;
  runtime.e = (chunkId) => {
    const forLater = isSpeculative();
    return load(chunkId).catch((error: unknown) => {
      if (recovering) return never;
      if (forLater) {
        if (error && typeof error === 'object') speculative.add(error);
        throw error;
      }
      if (recover()) return never;
      throw error;
    });
  };
}

function isOwnAsset(input: RequestInfo | URL, assetsPath: string): boolean {
  const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
  return url.origin === window.location.origin && url.pathname.startsWith(assetsPath);
}

/** Hashed files never change under their name: a 404 for one means the tab's release is gone. */
function guardAssetFetches(assetsPath: string): void {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (response.status === 404 && isOwnAsset(input, assetsPath) && recover()) return never;
    return response;
  };
}

if (typeof window !== 'undefined' && typeof __webpack_require__ !== 'undefined') {
  guardChunkLoader(__webpack_require__);
  guardAssetFetches(`${__webpack_require__.p ?? '/'}assets/`);
  window.addEventListener('unhandledrejection', (event) => {
    if (!isChunkLoadError(event.reason)) return;
    // A hover preload or idle prefetch nobody awaits: not worth an error in the console, the click will recover.
    if (speculative.has(event.reason as object)) event.preventDefault();
    else if (recover()) event.preventDefault();
  });
  window.addEventListener('error', (event) => {
    if (isChunkLoadError(event.error) && recover()) event.preventDefault();
  });
}

const module: ClientModule = {};
export default module;
