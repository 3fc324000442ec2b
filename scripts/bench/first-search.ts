/**
 * A reader's first search, in Chromium with the HTTP cache off: open
 * `/search?q=…` and time navigation start → the first result in the DOM.
 * Bytes are those of each file fetched, as deploy/serve-static.ts serves it
 * (text gzipped), split in two: the page (its HTML and what the HTML
 * references) and the search (everything else that started before the
 * first result showed: search code, index shards, lazy styles, in the page
 * or in a worker). Prefetches of other routes (Docusaurus' <Link> prefetches
 * what is on screen) are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {BrowserContext, Page, Request} from 'playwright-core';
import {kB, median, pollUntil} from './lib';
import {htmlFetches, htmlFile} from './page-figures';
import {precompressMinSize, precompressedExtensions} from '../../deploy/precompress';

export interface FirstSearch {
  /** Navigation start → first result, median of the runs (after one untimed), ms. */
  readonly ms: number;
  /**
   * The search's own part: the app interactive (hydrated) → first result,
   * median of the runs; the rest of `ms` is loading the page. Only for a
   * site that marks itself interactive (ours).
   */
  readonly afterReadyMs?: number;
  /** Bytes (as served) of the search beyond the page. */
  readonly searchBytes: number;
  /** Bytes of the page: HTML and its referenced scripts and stylesheets. */
  readonly pageBytes: number;
  /** The search's files with their bytes, largest first. */
  readonly searchFiles: string[];
  /** Each run's navigation start → first result, and app interactive → first result (ours only), ms. */
  readonly samples: {readonly ms: readonly number[]; readonly afterReadyMs: readonly number[]};
}

export interface Fetched {
  readonly path: string;
  /** Epoch ms the request started. */
  readonly start: number;
  readonly prefetch: boolean;
}

/** Every request the context's pages and workers finish, until stop(). */
export function recordRequests(context: BrowserContext): {stop: () => Fetched[]} {
  const fetched: Fetched[] = [];
  const onFinished = (r: Request) =>
    fetched.push({
      path: new URL(r.url()).pathname,
      start: r.timing().startTime,
      prefetch: r.headers()['sec-purpose'] === 'prefetch',
    });
  context.on('requestfinished', onFinished);
  return {
    stop: () => {
      context.off('requestfinished', onFinished);
      return fetched;
    },
  };
}

/** A new page of `context` with the HTTP cache off, as a first visit. */
export async function uncachedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  return page;
}

/** Bytes of a site path as deploy/serve-static.ts sends it: text as its .gz (deploy/precompress.ts), the rest raw. */
export function servedBytes(outDir: string, sitePath: string): number {
  const base = `${outDir}${decodeURIComponent(sitePath)}`.replace(/\/$/, '');
  const file = [base, `${base}.html`, `${base}/index.html`].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!file) return 0; // a 404: its page is the site's, not the search's
  const body = fs.readFileSync(file);
  const text =
    (precompressedExtensions as readonly string[]).includes(path.extname(file)) && body.length >= precompressMinSize;
  return text ? zlib.gzipSync(body, {level: 9}).length : body.length;
}

/**
 * Runs in each new document before its scripts: records when `selector` (if
 * given) first matches, and when the app marks itself interactive
 * (`html[data-kb-ready]`, set by src/clientModules/ready.ts once hydrated;
 * the stock site has none), as window.__kbFirstResult and window.__kbReady.
 */
export const watchScript = (selector?: string) => `(() => {
  const selector = ${JSON.stringify(selector ?? null)};
  const check = () => {
    if (!window.__kbReady && document.documentElement.dataset.kbReady) window.__kbReady = performance.now();
    if (!selector && window.__kbReady) obs.disconnect();
    if (selector && !window.__kbFirstResult && document.querySelector(selector)) {
      window.__kbFirstResult = performance.now();
      obs.disconnect();
    }
  };
  const obs = new MutationObserver(check);
  obs.observe(document, {childList: true, subtree: true, attributes: true, attributeFilter: ['data-kb-ready']});
})()`;

export interface FirstSearchOptions {
  /** The built site, to read which assets the search page's HTML references. */
  readonly outDir: string;
  readonly base: string;
  /** Site route of the search page, without query. */
  readonly route: string;
  readonly query: string;
  /** What marks a result, e.g. [data-search-result] (ours) or article h2 a (the stock plugin). */
  readonly resultSelector: string;
  readonly runs?: number;
}

export async function measureFirstSearch(
  context: BrowserContext,
  {outDir, base, route, query, resultSelector, runs = 5}: FirstSearchOptions,
): Promise<FirstSearch> {
  const pageAssets = new Set(htmlFetches(fs.readFileSync(htmlFile(outDir, route), 'utf8')));
  const url = `${base}${route}?q=${encodeURIComponent(query)}`;
  const times: number[] = [];
  const afterReady: number[] = [];
  let last: {searchBytes: number; pageBytes: number; searchFiles: string[]} | undefined;
  // One untimed run first: Chromium's own first page (its disk cache, its JIT) would weigh on the first size only.
  for (let i = -1; i < runs; i++) {
    const page = await uncachedPage(context);
    const requests = recordRequests(context);
    try {
      await page.addInitScript(watchScript(resultSelector));
      const res = await page.goto(url, {waitUntil: 'commit'});
      if (!res?.ok()) throw new Error(`${route}?q=${query}: HTTP ${res?.status()}`);
      await pollUntil(page, 'window.__kbFirstResult > 0', 120_000).catch((e: Error) => {
        throw new Error(`${url}: no ${resultSelector} within 120 s (${e.message.split('\n')[0]})`);
      });
      // Requests started before the first result may still be finishing.
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const [first, origin, ready] = await page.evaluate<[number, number, number | undefined]>(
        '[window.__kbFirstResult, performance.timeOrigin, window.__kbReady]',
      );
      if (i < 0) continue;
      times.push(first);
      if (ready) afterReady.push(first - ready);
      const before = requests.stop().filter((r) => r.start <= origin + first && !r.prefetch);
      const paths = [...new Set(before.map((r) => r.path))];
      const bytes = (p: string) => servedBytes(outDir, p);
      const inPage = paths.filter((p) => p === route || pageAssets.has(p));
      const search = paths.filter((p) => !inPage.includes(p)).sort((a, b) => bytes(b) - bytes(a));
      const sum = (xs: readonly string[]) => xs.reduce((t, p) => t + bytes(p), 0);
      last = {
        searchBytes: sum(search),
        pageBytes: sum(inPage),
        searchFiles: search.map((p) => `${p.slice(p.lastIndexOf('/') + 1)} ${kB(bytes(p))}`),
      };
    } finally {
      requests.stop();
      await page.close();
    }
  }
  return {
    ms: median(times),
    ...(afterReady.length === times.length ? {afterReadyMs: median(afterReady)} : {}),
    ...last!,
    samples: {ms: times, afterReadyMs: afterReady.length === times.length ? afterReady : []},
  };
}
