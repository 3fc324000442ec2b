/**
 * npm run bench:search — what search costs a reader, on the real site and on
 * a generated knowledge base of 1,000 articles: the bytes a first search
 * downloads, the time from focusing the box until suggestions can appear,
 * and the time from a keystroke to the updated suggestion list. Prints
 * tables; exits non-zero only when something breaks (a build, a page, the
 * search box), never on a slow figure.
 *
 * Env: BENCH_ARTICLES (default 1000) for the generated knowledge base.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {startStaticServer} from '../serve-static';
import {generateArticles} from './generate-articles';
import {
  benchDir,
  machineLoad,
  clearChromiumProfiles,
  buildSite,
  gzipBytes,
  kB,
  launchChromium,
  median,
  ms,
  percentile,
  prepareSiteCopy,
  root,
  searchChunks,
  table,
  verdict,
} from './lib';

const articlePage = '/articles/order-cancelled';
const goal = {articles: 1000, gzip: 300_000, p95: 100};

/** The shared query set (as eval:search reads it) plus typo variants, about 40 queries. */
function loadQueries(): string[] {
  const file = [
    path.resolve(root, '../shared/search-queries.json'),
    path.join(root, 'tests/fixtures/search-queries.json'),
  ].find((f) => fs.existsSync(f));
  if (!file) throw new Error('No search-queries.json in ../shared or tests/fixtures');
  const base = (JSON.parse(fs.readFileSync(file, 'utf8')) as {queries: {q: string}[]}).queries.map((x) => x.q);
  // A typo in the longest word: swap two letters in its middle (what the fuzzy match is for).
  const typos = base.map((q) => {
    const words = q.split(' ');
    const i = words.reduce((best, w, j) => (w.length > words[best].length ? j : best), 0);
    const w = words[i];
    const k = Math.floor(w.length / 2);
    words[i] = w.length > 3 ? w.slice(0, k - 1) + w[k] + w[k - 1] + w.slice(k + 1) : w;
    return words.join(' ');
  });
  return [...base, ...typos.filter((t, i) => t !== base[i])].slice(0, 40);
}

/**
 * In-page probes, as a plain script: tsx adds helper calls to functions it
 * compiles, which would break functions serialized by page.evaluate.
 * firstLoad: focus + a query → the first suggestion (index and engine loaded).
 * prepare(prefix): types all but the last character, then arms listeners so
 * the next real keystroke is timed from its keydown (event.timeStamp) to the
 * last mutation of the listbox. When the last character leaves the list as it
 * was, to the search box's last commit (React writes the input's attributes
 * on each render), so "no visible change" still counts the search's work.
 */
const probes = `(() => {
  const input = () => document.querySelector('input[data-search-input]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const setValue = (v) => { const el = input(); setter.call(el, v); el.dispatchEvent(new Event('input', {bubbles: true})); };
  let pending = null;
  window.__kbBench = {
    firstLoad(q) {
      const t0 = performance.now();
      input().focus();
      setValue(q);
      return new Promise((resolve) => {
        const check = () => { if (document.querySelector('[data-search-suggestion]')) { obs.disconnect(); resolve(performance.now() - t0); } };
        const obs = new MutationObserver(check);
        obs.observe(document.body, {childList: true, subtree: true});
        check();
      });
    },
    async prepare(prefix) {
      const el = input();
      el.focus();
      setValue(''); await frame(); setValue(prefix); await frame(); await frame();
      const list = document.getElementById(el.getAttribute('aria-controls'));
      const box = el.closest('[role=search]') || list.parentElement;
      let t0 = 0, inputAt = 0, lastBox = 0, lastList = 0;
      pending = new Promise((resolve) => {
        const obs = new MutationObserver((records) => {
          if (!t0) return;
          const now = performance.now();
          lastBox = now;
          if (records.some((r) => list.contains(r.target))) lastList = now;
        });
        obs.observe(box, {childList: true, subtree: true, attributes: true, characterData: true});
        el.addEventListener('keydown', (e) => { const now = performance.now(); t0 = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now; }, {capture: true, once: true});
        el.addEventListener('input', async () => {
          inputAt = performance.now();
          // React commits the query at once and the hits in a later task: wait until the box is quiet for 100 ms.
          while (performance.now() - Math.max(inputAt, lastBox) < 100 && performance.now() - inputAt < 3000) await frame();
          obs.disconnect();
          resolve({ms: (lastList || lastBox || inputAt) - t0, changed: lastList > 0, hits: document.querySelectorAll('[data-search-suggestion]').length});
        }, {capture: true, once: true});
      });
    },
    result() { return pending; },
  };
})()`;

function withTimeout<T>(p: Promise<T>, msTimeout: number, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`Timed out: ${what}`)), msTimeout)),
  ]);
}

async function openArticle(page: Page, base: string): Promise<void> {
  const res = await page.goto(base + articlePage, {waitUntil: 'load'});
  if (!res?.ok()) throw new Error(`${articlePage}: HTTP ${res?.status()}`);
  await page.waitForSelector('html[data-kb-ready="true"]', {timeout: 15_000});
  await page.evaluate(probes);
}

export interface SearchFigures {
  readonly indexRaw: number;
  readonly indexGzip: number;
  /** Every script a first search fetched (index, engine and the chunks they need), gzip -9. */
  readonly downloadGzip: number;
  readonly downloadFiles: string[];
  readonly firstLoad: number;
  readonly median: number;
  readonly p95: number;
  readonly unchanged: number;
  readonly noHits: number;
  readonly queries: number;
}

/** Measures search on a built site in Chromium, served gzip-compressed. */
export async function measureSearch(outDir: string, queries: readonly string[]): Promise<SearchFigures> {
  const chunks = searchChunks(outDir);
  const server = await startStaticServer({dir: outDir});
  const context = await launchChromium();
  try {
    // First load, three times on a page with the HTTP cache off: a reader's first search.
    const firstLoads: number[] = [];
    let downloadFiles: string[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
      await openArticle(page, server.url);
      const fetched: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname);
      });
      firstLoads.push(
        await withTimeout(page.evaluate<number>('window.__kbBench.firstLoad("order")'), 30_000, 'first suggestions'),
      );
      downloadFiles = fetched;
      await page.close();
    }
    if (!downloadFiles.some((f) => f.includes('search-index')))
      throw new Error(
        `The first search fetched no search-index chunk (fetched: ${downloadFiles.join(', ') || 'nothing'})`,
      );

    // Keystroke to suggestions, index already loaded (as for every keystroke after the first).
    const page = await context.newPage();
    await openArticle(page, server.url);
    await withTimeout(page.evaluate('window.__kbBench.firstLoad("order")'), 30_000, 'first suggestions');
    const times: number[] = [];
    let unchanged = 0;
    let noHits = 0;
    for (const q of ['warm up', 'cancel', ...queries]) {
      await page.evaluate(`window.__kbBench.prepare(${JSON.stringify(q.slice(0, -1))})`);
      await page.keyboard.type(q.slice(-1));
      const r = await withTimeout(
        page.evaluate<{ms: number; changed: boolean; hits: number}>('window.__kbBench.result()'),
        10_000,
        `query "${q}"`,
      );
      if (q === 'warm up' || q === 'cancel') continue; // the JIT's first runs are not a keystroke's typical cost
      times.push(r.ms);
      if (!r.changed) unchanged++;
      if (!r.hits) noHits++;
    }
    await page.close();
    return {
      indexRaw: chunks.raw,
      indexGzip: chunks.gzip,
      downloadGzip: downloadFiles.reduce((sum, f) => sum + gzipBytes(path.join(outDir, f)), 0),
      downloadFiles: downloadFiles.map((f) => path.basename(f)),
      firstLoad: median(firstLoads),
      median: median(times),
      p95: percentile(times, 95),
      unchanged,
      noHits,
      queries: times.length,
    };
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_ARTICLES ?? goal.articles);
  const queries = loadQueries();
  const loadAtStart = machineLoad();
  clearChromiumProfiles();
  const site = path.join(benchDir, 'search-site');
  prepareSiteCopy(site);
  generateArticles({count, out: path.join(site, 'bench-docs')});

  const runs: {name: string; articles: number; env: Record<string, string>}[] = [
    {
      name: 'real site',
      articles: fs.readdirSync(path.join(root, 'docs')).filter((f) => /\.mdx?$/.test(f)).length,
      env: {},
    },
    {name: 'generated', articles: count, env: {KB_DOCS_DIR: 'bench-docs'}},
  ];
  const rows: (readonly string[])[] = [];
  const notes: string[] = [];
  let atGoal: SearchFigures | undefined;
  for (const r of runs) {
    const out = path.join(benchDir, `search-out-${r.articles}`);
    console.error(`Building ${r.name} (${r.articles} articles)…`);
    const buildMs = await buildSite(site, out, {label: `search-${r.articles}`, env: r.env, cold: false});
    console.error(`  built in ${(buildMs / 1000).toFixed(1)} s; measuring in Chromium…`);
    const f = await measureSearch(out, queries);
    if (r.articles === goal.articles) atGoal = f;
    rows.push([
      r.name,
      String(r.articles),
      kB(f.indexRaw),
      kB(f.indexGzip),
      kB(f.downloadGzip),
      ms(f.firstLoad),
      ms(f.median),
      ms(f.p95),
    ]);
    notes.push(
      `${r.name}: a first search fetched ${f.downloadFiles.join(', ')}; ${f.queries} queries, ${f.unchanged} left the list unchanged (timed to the search box's last render), ${f.noHits} had no suggestion.`,
    );
  }

  console.log('\n## Search\n');
  console.log(
    table(
      ['site', 'articles', 'index raw', 'index gzip', 'first search JS gzip', 'first-load ms', 'median ms', 'p95 ms'],
      rows,
    ),
  );
  console.log(
    '\nindex = search-index + search-engine chunks (gzip -9 of the built files); first search JS = every script the browser fetched on first focus; ' +
      'first-load = focus → first suggestion, HTTP cache off, median of 3; median/p95 = keydown of the last character → suggestion list updated, no CPU throttling.',
  );
  for (const n of notes) console.log(`- ${n}`);
  console.log(`- Machine during the run: ${loadAtStart} at start, ${machineLoad()} at the end.`);
  if (atGoal) {
    const ok = atGoal.downloadGzip <= goal.gzip && atGoal.p95 < goal.p95;
    console.log(
      `\ngoal at 1,000 articles: ≤ 300 KB gzip, p95 < 100 ms — ${verdict(ok)} (${kB(atGoal.downloadGzip)} gzip: ${verdict(atGoal.downloadGzip <= goal.gzip)}; p95 ${ms(atGoal.p95)}: ${verdict(atGoal.p95 < goal.p95)})`,
    );
  } else {
    console.log(`\ngoal at 1,000 articles: not measured (BENCH_ARTICLES=${count})`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
