/**
 * npm run bench:scale — what one page costs as the knowledge base grows,
 * in one run: the real 8-article site (docs/) and generated knowledge bases
 * of 1,000 and 5,000 articles over several guides (npm run kb:generate),
 * each built cold in a copy of the site. Per size: an article page's
 * first-load JS + CSS and HTML, total output, home and /symptoms pages, a
 * first search (bytes and time to the first result), keystroke-to-results
 * p95, build time and peak memory. Beside them, the stock Docusaurus 3.10
 * template with @easyops-cn/docusaurus-search-local on the same articles as
 * plain Markdown, and Pagefind's first search over our largest build. Prints
 * a table per size and each goal of issue 11 with met / not met. Exits
 * non-zero when something breaks (a build, a page), never on a figure.
 *
 * Env: SCALE_SIZES (default 8,1000,5000; 8 is the real site),
 *      SCALE_ROUNDS (default 3: rounds of search timings, every size in turn),
 *      BENCH_SKIP (comma-separated: stock, pagefind).
 * About 45 minutes with every part on a 2-core machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {generateKnowledgeBase} from '../kb-generator';
import {startProdServer} from '../../deploy/serve-prod';
import {startStaticServer} from '../../deploy/serve-static';
import {measureFirstSearch, type FirstSearch} from './first-search';
import {
  benchDir,
  buildSiteWithStats,
  clearChromiumProfiles,
  kB,
  launchChromium,
  machineLoad,
  median,
  ms,
  prepareSiteCopy,
  s,
} from './lib';
import {siteFigures} from './page-figures';
import {measurePageLoad} from './page-load';
import {measurePagefind, type PagefindFigures} from './pagefind';
import {goalLines, sizeTable, type Measured, type SizeResult} from './scale-report';
import {articlePage, loadQueries, measureKeystrokes, mergeKeystrokes, type KeystrokeFigures} from './search-probes';
import {ensureStockSite} from './stock';
import {writeStockDocs} from './stock-kb';

const log = (msg: string) => console.error(msg); // progress on stderr, tables on stdout
const query = 'order cancelled';
const realArticles = 8;

function parseSizes(value: string): number[] {
  const sizes = value.split(',').map((x) => Number(x.trim()));
  if (sizes.some((x) => !Number.isInteger(x) || (x !== realArticles && x < 10)))
    throw new Error(
      `SCALE_SIZES: expected whole numbers, ${realArticles} (the real site) or ≥ 10, received "${value}"`,
    );
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const sizes = parseSizes(process.env.SCALE_SIZES ?? '8,1000,5000');
const skip = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);
const unknownSkip = [...skip].filter((x) => !['stock', 'pagefind'].includes(x));
if (unknownSkip.length)
  throw new Error(`BENCH_SKIP: expected stock and/or pagefind, received ${unknownSkip.join(', ')}`);

interface Target {
  readonly label: string;
  readonly siteDir: string;
  readonly out: string;
  readonly env: Record<string, string>;
  readonly article: string;
  /** What marks a result on its /search page. */
  readonly resultSelector: string;
  /** Our own site: also time keystrokes in the navbar box, and fail when search fails. */
  readonly ours: boolean;
}

async function measure(t: Target, failures: string[]): Promise<Measured> {
  log(`Cold build: ${t.label}…`);
  const build = await buildSiteWithStats(t.siteDir, t.out, {label: `scale-${t.label}`, env: t.env});
  log(`  ${s(build.ms)}, peak ${(build.peakRss / 1e9).toFixed(2)} GB; measuring…`);
  const pages = siteFigures(t.out, t.article);
  const server = t.ours ? await serveProd(t.out) : await startStaticServer({dir: t.out});
  const context = await launchChromium();
  try {
    const search = await measureFirstSearch(context, {
      outDir: t.out,
      base: server.url,
      route: '/search',
      query,
      resultSelector: t.resultSelector,
      // Ours: bytes and files here; the times come from timeInTurns, every size in turn.
      runs: t.ours ? 1 : 5,
    }).catch((e: Error) => {
      // A comparison's search failing leaves its other figures standing.
      if (t.ours) throw e;
      failures.push(`${t.label} first search: ${e.message}`);
      return undefined;
    });
    const load = await measurePageLoad(context, {outDir: t.out, base: server.url, route: t.article, readyMark: t.ours});
    return {build, pages, load, search};
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Rounds of the timed figures (SCALE_ROUNDS): each round times every size once, in turn. */
const rounds = Number(process.env.SCALE_ROUNDS ?? 3);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`SCALE_ROUNDS: expected a whole number ≥ 1, received "${process.env.SCALE_ROUNDS}"`);

/**
 * The first search's and the keystrokes' times of each of our builds, taken
 * in turns (8, 1,000, 5,000, 8, …) rather than one size after the other: the
 * machine drifts over a run (the large builds leave it hot, its caches
 * cold), which weighed on whichever size came last; the ratios against the
 * 8-article site are now taken from the same stretch of time.
 */
async function timeInTurns(
  outs: readonly string[],
  queries: readonly string[],
): Promise<{search: FirstSearch['samples']; keys: KeystrokeFigures}[]> {
  const servers: Awaited<ReturnType<typeof serveProd>>[] = [];
  try {
    for (const out of outs) servers.push(await serveProd(out));
    const context = await launchChromium();
    try {
      const taken = outs.map(() => ({
        ms: [] as number[],
        afterReadyMs: [] as number[],
        keys: [] as KeystrokeFigures[],
      }));
      for (let round = 0; round < rounds; round++)
        for (const [i, outDir] of outs.entries()) {
          const base = servers[i].url;
          const search = await measureFirstSearch(context, {
            outDir,
            base,
            route: '/search',
            query,
            resultSelector: '[data-search-result]',
            runs: 2,
          });
          taken[i].ms.push(...search.samples.ms);
          taken[i].afterReadyMs.push(...search.samples.afterReadyMs);
          taken[i].keys.push(await measureKeystrokes(context, base, queries));
        }
      return taken.map((t) => ({search: {ms: t.ms, afterReadyMs: t.afterReadyMs}, keys: mergeKeystrokes(t.keys)}));
    } finally {
      await context.close();
    }
  } finally {
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Ours as production serves it (npm run serve:prod: nginx, gzip, the CSP),
 * which also proves nginx takes the build's config at every size. The stock
 * template has no _redirects or CSP: it gets the tests' static gzip server.
 */
async function serveProd(dir: string): Promise<{url: string; close(done: (value?: unknown) => void): void}> {
  const feedbackDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-feedback-'));
  const server = await startProdServer({dir, port: 0, quiet: true, feedbackDir}).catch((e: Error) => {
    fs.rmSync(feedbackDir, {recursive: true, force: true});
    throw e;
  });
  return {
    url: server.url,
    close: (done) =>
      void server.stop().then(() => {
        fs.rmSync(feedbackDir, {recursive: true, force: true});
        done();
      }),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = machineLoad();
  clearChromiumProfiles();
  const queries = loadQueries();
  const ourSite = path.join(benchDir, 'scale-site');
  prepareSiteCopy(ourSite);
  let stockSite: string | undefined;
  const failures: string[] = [];
  const results: SizeResult[] = [];
  const notes: string[] = [];

  for (const n of sizes) {
    const kbName = `kb-${n}`;
    const generated =
      n === realArticles ? undefined : generateKnowledgeBase({count: n, out: path.join(ourSite, kbName)});
    const guides = generated?.guides.length ?? 1;
    const ours = await measure(
      {
        label: `ours-${n}`,
        siteDir: ourSite,
        out: path.join(benchDir, `scale-out-${n}`),
        env: generated ? {KB_DOCS_DIR: kbName} : {},
        article: articlePage,
        resultSelector: '[data-search-result]',
        ours: true,
      },
      failures,
    );
    notes.push(`ours ${n}: first search fetched ${ours.search?.searchFiles.join(', ') || 'nothing beyond the page'}`);

    let stock: Measured | string | undefined;
    if (generated && !skip.has('stock')) {
      try {
        if (!stockSite) {
          stockSite = path.join(benchDir, 'scale-stock-site');
          prepareSiteCopy(stockSite, await ensureStockSite(log));
        }
        const docs = writeStockDocs(path.join(ourSite, kbName), path.join(stockSite, 'docs/kb'));
        stock = await measure(
          {
            label: `stock-${n}`,
            siteDir: stockSite,
            out: path.join(benchDir, `scale-stock-out-${n}`),
            env: {},
            article: `/docs${articlePage}`,
            resultSelector: 'article h2 a',
            ours: false,
          },
          failures,
        );
        notes.push(
          `stock ${n}: ${docs} articles as Markdown; first search fetched ${stock.search?.searchFiles.join(', ') ?? 'not measured'}`,
        );
      } catch (e) {
        stock = (e as Error).message.split('\n')[0];
        failures.push(`stock ${n}: ${(e as Error).message}`);
      }
    }
    results.push({articles: n, guides, ours, stock});
  }

  log(`Timing search at every size in turn (${rounds} rounds)…`);
  const timed = await timeInTurns(
    results.map((r) => path.join(benchDir, `scale-out-${r.articles}`)),
    queries,
  );
  results.forEach((r, i) => {
    const {search, keys} = timed[i];
    const full = search.afterReadyMs.length === search.ms.length;
    results[i] = {
      ...r,
      ours: {
        ...r.ours,
        search: r.ours.search && {
          ...r.ours.search,
          ms: median(search.ms),
          afterReadyMs: full ? median(search.afterReadyMs) : undefined,
          samples: search,
        },
        keys,
      },
    };
  });
  for (const r of results) {
    console.log(`\n## ${r.articles.toLocaleString('en-US')} articles (${r.guides} guide${r.guides > 1 ? 's' : ''})\n`);
    console.log(
      sizeTable(
        r,
        results.find((x) => x.articles === realArticles),
      ),
    );
  }

  let pagefind: PagefindFigures | undefined;
  const largest = [...sizes].reverse().find((n) => n !== realArticles);
  if (largest && !skip.has('pagefind')) {
    log(`Pagefind over our ${largest}-article build…`);
    try {
      pagefind = await measurePagefind(
        path.join(benchDir, `scale-out-${largest}`),
        path.join(benchDir, `scale-pagefind-${largest}`),
        query,
      );
      console.log(`\n## Pagefind 1.6.0 over our ${largest.toLocaleString('en-US')}-article build\n`);
      console.log(
        `First search for "${query}" (pagefind.js, wasm, index chunks and the first 5 results' fragments, as served): ` +
          `**${kB(pagefind.bytes)}**, ${pagefind.results} results in ${ms(pagefind.ms)} from page start; indexing took ${s(pagefind.indexMs)}.\n` +
          `Files: ${pagefind.files.join(', ')}`,
      );
    } catch (e) {
      failures.push(`pagefind: ${(e as Error).message}`);
    }
  }

  console.log(`\n## Goals (issue 11, "Constant cost per page")\n`);
  console.log(goalLines(results, pagefind).join('\n'));
  console.log(
    `\nFirst-load JS + CSS = every script and stylesheet the article's HTML references (${articlePage}), gzip -9. ` +
      `First search = /search?q=order%20cancelled in Chromium, HTTP cache off, navigation start → first result: ours the median of ${rounds * 2} runs, ${rounds} rounds timing every size in turn, 2 runs each after one untimed (stock: median of 5 after one untimed); ` +
      'bytes as the gzip server sends them, of everything beyond the page itself that started before the first result. ' +
      `Keystroke → results: the navbar box on the article page, as npm run bench:search times it, the query set once per round (${rounds} passes). ` +
      'Peak memory: the larger of GNU time max RSS and the build process tree polled from /proc.',
  );
  for (const note of notes) console.log(`- ${note}`);
  console.log(
    `\nMachine: ${loadAtStart} at start, ${machineLoad()} at the end; ${s(performance.now() - started)} in all.`,
  );
  if (failures.length) {
    console.error(`\n${failures.length} part(s) failed:\n${failures.join('\n\n')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
