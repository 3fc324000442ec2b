/**
 * Peer: the stock Docusaurus 3.10 classic template with
 * @easyops-cn/docusaurus-search-local, holding our articles as plain
 * Markdown (scripts/bench/stock.ts and stock-kb.ts, as bench:scale builds
 * it), queried through the plugin's own /search page in Chromium: its
 * tokenizer, lunr index and web worker, with the page's limit of 100.
 *
 * The plugin indexes only the articles (indexBlog and indexPages off, the
 * template's tutorial docs ignored), so the three searches hold the same
 * pages. Its page lists sections ("N documents found"); we rank the distinct
 * articles in the order their first section appears and count those.
 */
import fs from 'node:fs';
import path from 'node:path';
import {benchDir, buildSite, prepareSiteCopy} from '../../bench/lib';
import {ensureStockSite, stockVersions} from '../../bench/stock';
import {writeStockDocs} from '../../bench/stock-kb';
import type {Searcher} from '../metrics';
import type {PeerContext} from './context';
import {servePage} from './served';
import {inputsHash, isFresh, writeStamp} from './stamp';

const siteDir = path.join(benchDir, 'eval-stock-site');
const outDir = path.join(benchDir, 'eval-stock-out');
const siteReady = path.join(siteDir, '.eval-site-ready');
/** How bench/stock.ts registers the plugin; we widen its options. */
const benchThemeEntry = "['@easyops-cn/docusaurus-search-local', {hashed: true}]";
/** What the page shows once the worker has answered (its two messages). */
const answered = /\bdocuments? found\b|No documents were found/;

function themeEntry(routeBases: readonly string[]): string {
  // Routes are matched without the leading slash: "docs/articles/order-cancelled".
  const notArticles = `/^docs\\/(?!(${routeBases.join('|')})\\/)/`;
  return `['@easyops-cn/docusaurus-search-local', {hashed: true, indexBlog: false, indexPages: false, ignoreFiles: [${notArticles}]}]`;
}

async function ensureSite(ctx: PeerContext): Promise<void> {
  const template = await ensureStockSite(ctx.log);
  if (!fs.existsSync(siteReady)) {
    prepareSiteCopy(siteDir, template);
    fs.writeFileSync(siteReady, new Date().toISOString());
  }
  // Patched from the template's config on every run, so a change of guides reaches the index options.
  const templateConfig = path.join(template, 'docusaurus.config.ts');
  const config = fs.readFileSync(templateConfig, 'utf8');
  if (!config.includes(benchThemeEntry))
    throw new Error(
      `${templateConfig}: expected the theme entry ${benchThemeEntry} that scripts/bench/stock.ts writes`,
    );
  fs.writeFileSync(
    path.join(siteDir, 'docusaurus.config.ts'),
    config.replace(benchThemeEntry, themeEntry(ctx.articles.routeBases)),
  );
  const docs = path.join(siteDir, 'docs/kb');
  writeStockDocs(path.join(ctx.root, 'docs'), docs);
  const hash = inputsHash(
    [
      stockVersions.docusaurus,
      stockVersions.searchLocal,
      fs.readFileSync(path.join(siteDir, 'docusaurus.config.ts'), 'utf8'),
    ],
    [docs],
  );
  if (isFresh(outDir, hash)) return;
  ctx.log(`Stock template + easyops: building our articles as Markdown into ${outDir} (20 s to a minute)…`);
  await buildSite(siteDir, outDir, {label: 'eval-stock', cold: false});
  writeStamp(outDir, hash);
}

export async function easyopsSearcher(ctx: PeerContext): Promise<Searcher> {
  await ensureSite(ctx);
  const served = await servePage(outDir);
  const {page} = served;
  // The plugin's page has no <main>: its content sits in Docusaurus' main wrapper.
  const content = page.locator('#__docusaurus_skipToContent_fallback');
  const input = content.locator('input[name="q"]');
  const message = content.getByText(answered);
  await page.goto(`${served.url}/search`);
  await input.waitFor();
  return {
    name: 'easyops',
    async search(q) {
      // Typing into the page's own box, as a reader would, is 20× faster than a page load per query. Emptying
      // it first clears the last results, so the message seen next is this query's: each search ends before
      // the next starts, so no late answer can overwrite it.
      await input.fill('');
      await message.waitFor({state: 'hidden', timeout: 30_000});
      await input.fill(q);
      await message.waitFor({timeout: 30_000});
      const hrefs = await content
        .locator('section > article h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const ranked = [...new Set(hrefs.map((h) => ctx.articles.kbIdOf(h)))];
      return {ranked, count: ranked.length, told: hrefs.length};
    },
    close: () => served.close(),
  };
}
