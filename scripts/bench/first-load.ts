/**
 * What a page makes the browser fetch and run before it is interactive: every script and stylesheet
 * requested until the page has hydrated (src/clientModules/ready.ts), each sized as served (gzip, from
 * the built file, so the figure does not depend on the server). Prefetches for later pages are hints of
 * another type and not counted. Used by the budget test (tests/e2e/page-budget.test.ts) and the benches.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {BrowserContext} from 'playwright-core';

export interface LoadedFile {
  /** Path under the site, as requested. */
  readonly file: string;
  readonly gzip: number;
}

export interface FirstLoad {
  readonly js: readonly LoadedFile[];
  readonly css: readonly LoadedFile[];
}

export const totalBytes = (files: readonly LoadedFile[]): number => files.reduce((n, f) => n + f.gzip, 0);

/** Gzip size of a built file, as nginx's gzip_static or a gzip-serving host sends it. */
export function gzipSize(outDir: string, file: string): number {
  const local = path.join(outDir, decodeURIComponent(file.split(/[?#]/)[0]));
  if (!fs.existsSync(local)) throw new Error(`First load: the page requested ${file}, which is not in ${outDir}`);
  return zlib.gzipSync(fs.readFileSync(local), {level: 9}).length;
}

/** Opens `page` (a path) on `origin`, a server of `outDir`, and returns its first-load scripts and stylesheets. */
export async function firstLoad(
  context: BrowserContext,
  origin: string,
  outDir: string,
  page: string,
): Promise<FirstLoad> {
  const tab = await context.newPage();
  const seen = {script: new Set<string>(), stylesheet: new Set<string>()};
  let ready = false;
  tab.on('request', (req) => {
    const type = req.resourceType();
    const url = new URL(req.url());
    if (!ready && url.origin === new URL(origin).origin && (type === 'script' || type === 'stylesheet'))
      seen[type].add(url.pathname);
  });
  try {
    const res = await tab.goto(origin + page, {waitUntil: 'load'});
    if (!res?.ok()) throw new Error(`First load of ${page}: HTTP ${res?.status()}`);
    await tab.waitForSelector('html[data-kb-ready="true"]', {timeout: 15_000});
    ready = true;
  } finally {
    await tab.close();
  }
  const sized = (files: Set<string>) => [...files].map((file) => ({file, gzip: gzipSize(outDir, file)}));
  return {js: sized(seen.script), css: sized(seen.stylesheet)};
}
