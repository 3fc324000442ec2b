/**
 * Peer: Pagefind (the npm package's binary, offline) over our own build,
 * queried through its own pagefind.js in Chromium, as its UI would.
 *
 * Configured as Pagefind's docs advise for a site with page chrome: only the
 * article pages (--glob <routeBase>/**.html, the same articles our index
 * holds) and only their content (--root-selector article). Indexing whole
 * pages would add the home, symptom and search pages as results, and the
 * sidebar's article labels to every page, which no adopter would keep.
 */
import fs from 'node:fs';
import path from 'node:path';
import {benchDir, root, run} from '../../bench/lib';
import type {Searcher} from '../metrics';
import type {PeerContext} from './context';
import {servePage} from './served';
import {inputsHash, isFresh, writeStamp} from './stamp';

const dir = path.join(benchDir, 'eval-pagefind');
const rootSelector = 'article';

// Exposes one function that runs a query and resolves with every result's URL, best first.
const queryPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind evaluation</title></head>
<body><script type="module">
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init();
window.__search = async (q) => {
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.map((r) => r.data()));
  return data.map((d) => d.url);
};
</script></body></html>
`;

async function ensureIndex(ctx: PeerContext): Promise<void> {
  const globs = ctx.articles.routeBases.map((b) => `${b}/**/*.html`);
  const glob = globs.length > 1 ? `{${globs.join(',')}}` : globs[0];
  const sources = ctx.articles.routeBases.map((b) => path.join(ctx.buildDir, b));
  const hash = inputsHash([glob, rootSelector, queryPage], sources);
  if (isFresh(dir, hash)) return;
  ctx.log(`Pagefind: indexing the articles of ${ctx.buildDir}…`);
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  await run(
    path.join(root, 'node_modules/.bin/pagefind'),
    [
      ...['--site', ctx.buildDir, '--output-path', path.join(dir, 'pagefind')],
      ...['--glob', glob, '--root-selector', rootSelector, '--quiet'],
    ],
    {cwd: root},
  );
  fs.writeFileSync(path.join(dir, 'index.html'), queryPage);
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>Not found</title>\n'); // the server's fallback
  writeStamp(dir, hash);
}

export async function pagefindSearcher(ctx: PeerContext): Promise<Searcher> {
  await ensureIndex(ctx);
  const served = await servePage(dir);
  await served.page.goto(`${served.url}/`);
  await served.page.waitForFunction('typeof window.__search === "function"', undefined, {timeout: 60_000});
  return {
    name: 'pagefind',
    async search(q) {
      const urls = await served.page.evaluate<string[], string>((query) => {
        const w = window as unknown as {__search: (x: string) => Promise<string[]>};
        return w.__search(query);
      }, q);
      return {ranked: urls.map((u) => ctx.articles.kbIdOf(u)), count: urls.length};
    },
    close: () => served.close(),
  };
}
