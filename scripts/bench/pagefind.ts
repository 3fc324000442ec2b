/**
 * Pagefind's first search over one of our builds, for comparison: index the
 * built HTML with the `pagefind` npm package (1.6.0, its binary runs
 * offline), then in Chromium load pagefind.js on a bare page, search
 * "order cancelled" and load the fragments of the first 5 results, as its UI
 * shows them. Counts every file fetched, worker included (pagefind.js, the
 * wasm, the entry and meta files, index chunks, fragments), as served.
 */
import fs from 'node:fs';
import path from 'node:path';
import {startStaticServer} from '../../deploy/serve-static';
import {recordRequests, servedBytes} from './first-search';
import {kB, launchChromium, pollUntil, root, run} from './lib';

export interface PagefindFigures {
  readonly bytes: number;
  readonly files: string[];
  readonly results: number;
  /** Page start → fragments of the first results loaded, ms. */
  readonly ms: number;
  /** Indexing time, ms. */
  readonly indexMs: number;
}

const benchPage = (query: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind first search</title></head>
<body><script type="module">
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(${JSON.stringify(query)});
await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
window.__pagefind = {at: performance.now(), results: search.results.length};
</script></body></html>
`;

/** Indexes `siteOut` into `dir`/pagefind and measures a first search for `query`. */
export async function measurePagefind(siteOut: string, dir: string, query: string): Promise<PagefindFigures> {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  const started = performance.now();
  await run(
    path.join(root, 'node_modules/.bin/pagefind'),
    ['--site', siteOut, '--output-path', path.join(dir, 'pagefind')],
    {
      cwd: root,
    },
  );
  const indexMs = performance.now() - started;
  fs.writeFileSync(path.join(dir, 'index.html'), benchPage(query));
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>\n'); // the server's fallback
  const server = await startStaticServer({dir});
  const context = await launchChromium();
  try {
    const page = await context.newPage();
    const requests = recordRequests(context);
    await page.goto(`${server.url}/`);
    await pollUntil(page, 'window.__pagefind', 120_000);
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const r = await page.evaluate<{at: number; results: number}>('window.__pagefind');
    const paths = [...new Set(requests.stop().map((x) => x.path))].filter((p) => p.startsWith('/pagefind/'));
    const bytes = (p: string) => servedBytes(dir, p);
    paths.sort((a, b) => bytes(b) - bytes(a));
    return {
      bytes: paths.reduce((t, p) => t + bytes(p), 0),
      files: paths.map((p) => `${p.slice('/pagefind/'.length)} ${kB(bytes(p))}`),
      results: r.results,
      ms: r.at,
      indexMs,
    };
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
