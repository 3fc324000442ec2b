/**
 * What an article page really loads before it works, measured in Chromium:
 * every script and stylesheet fetched from navigation start until the page
 * is interactive, whether its HTML names it or the app loads it on the way
 * (Docusaurus 3.10 names only its runtime and main script and the CSS; the
 * route's own chunks come after). Prefetches for other pages are left out.
 * Interactive is `html[data-kb-ready]` for our site (set once hydrated,
 * src/clientModules/ready.ts) and, for a site without that mark, the network
 * gone quiet after the load event.
 */
import type {BrowserContext} from 'playwright-core';
import {recordRequests, servedBytes, uncachedPage, watchScript} from './first-search';
import {pollUntil} from './lib';

export interface PageLoad {
  /** Bytes of the scripts and stylesheets fetched, as served (gzip). */
  readonly bytes: number;
  readonly files: number;
}

export interface PageLoadOptions {
  readonly outDir: string;
  readonly base: string;
  readonly route: string;
  /** Our site marks itself interactive; the stock one does not. */
  readonly readyMark: boolean;
}

export async function measurePageLoad(
  context: BrowserContext,
  {outDir, base, route, readyMark}: PageLoadOptions,
): Promise<PageLoad> {
  const page = await uncachedPage(context);
  const requests = recordRequests(context);
  try {
    // The moment of the mark, taken in the page: what the page does once interactive (its idle-time prefetches) is not
    // its first load.
    await page.addInitScript(watchScript());
    const res = await page.goto(base + route, {waitUntil: 'load'});
    if (!res?.ok()) throw new Error(`${route}: HTTP ${res?.status()}`);
    let until = Infinity;
    if (readyMark) {
      await pollUntil(page, 'window.__kbReady > 0', 30_000);
      until = await page.evaluate<number>('performance.timeOrigin + window.__kbReady');
    }
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const assets = [
      ...new Set(
        requests
          .stop()
          .filter((r) => !r.prefetch && r.start <= until && /\.(js|css)$/.test(r.path))
          .map((r) => r.path),
      ),
    ];
    return {bytes: assets.reduce((sum, p) => sum + servedBytes(outDir, p), 0), files: assets.length};
  } finally {
    requests.stop();
    await page.close();
  }
}
