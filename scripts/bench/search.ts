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
import {startStaticServer} from '../../deploy/serve-static';
import {withDeadline} from '../deadline';
import {loadQueries, longPastes, measureKeystrokes, openArticle} from './search-probes';
import {generateKnowledgeBase} from '../kb-generator';
import {readRealGuides} from '../kb-generator/guides';
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
  prepareSiteCopy,
  searchChunks,
  table,
  verdict,
} from './lib';

const goal = {articles: 1000, gzip: 300_000, p95: 100, pasteP95: 50, firstSearch: 100_000};

export interface SearchFigures {
  readonly indexRaw: number;
  readonly indexGzip: number;
  /** Every file a first search fetched (engine chunks, index manifest, shards and records), gzip -9. */
  readonly downloadGzip: number;
  readonly downloadFiles: string[];
  readonly firstLoad: number;
  readonly median: number;
  readonly p95: number;
  readonly unchanged: number;
  readonly noHits: number;
  readonly queries: number;
  /** A whole message pasted (2,000 characters): last keystroke → suggestions, index loaded. */
  readonly pasteMedian: number;
  readonly pasteP95: number;
  /** Every file the first search of a pasted message fetched, gzip -9, HTTP cache off. */
  readonly pasteDownloadGzip: number;
}

/** Measures search on a built site in Chromium, served gzip-compressed. */
export async function measureSearch(
  outDir: string,
  queries: readonly string[],
  pastes: readonly string[] = longPastes(),
): Promise<SearchFigures> {
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
      // Every request the search made: its code chunks, and the index files (fetch()) the query needed.
      const fetched: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin === new URL(server.url).origin) fetched.push(url.pathname);
      });
      firstLoads.push(
        await withDeadline(
          page.evaluate<number>('window.__kbBench.firstLoad("cancelled")'),
          30_000,
          'first suggestions',
        ),
      );
      downloadFiles = fetched;
      await page.close();
    }
    if (!downloadFiles.some((f) => f.includes('/assets/search-index/')))
      throw new Error(
        `The first search fetched no search index file (fetched: ${downloadFiles.join(', ') || 'nothing'})`,
      );

    const keys = await measureKeystrokes(context, server.url, queries);
    const pasted = await measureKeystrokes(context, server.url, pastes);
    // The first search of a paste: every file it fetched, on a fresh page with the cache off.
    const pasteFiles: string[] = [];
    {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
      await openArticle(page, server.url);
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.origin === new URL(server.url).origin) pasteFiles.push(url.pathname);
      });
      await withDeadline(
        page.evaluate<number>(`window.__kbBench.firstLoad(${JSON.stringify(pastes[0])})`),
        30_000,
        'first suggestions of a paste',
      );
      await page.close();
    }
    const gzipOf = (files: readonly string[]) =>
      files
        .map((f) => path.join(outDir, f))
        .filter((f) => fs.existsSync(f) && fs.statSync(f).isFile())
        .reduce((sum, f) => sum + gzipBytes(f), 0);
    return {
      pasteMedian: pasted.median,
      pasteP95: pasted.p95,
      pasteDownloadGzip: gzipOf(pasteFiles),
      indexRaw: chunks.raw,
      indexGzip: chunks.gzip,
      // Files only: a request the server answered with a page or a 404 is not part of the search's download.
      downloadGzip: gzipOf(downloadFiles),
      // Index files by their path in the index folder (t/3.json, d/12.json), scripts by name.
      downloadFiles: downloadFiles.map((f) => f.match(/\/search-index\/[0-9a-f]+\/(.+)$/)?.[1] ?? path.basename(f)),
      firstLoad: median(firstLoads),
      ...keys,
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
  generateKnowledgeBase({count, out: path.join(site, 'bench-docs')});

  const runs: {name: string; articles: number; env: Record<string, string>}[] = [
    {
      name: 'real site',
      articles: readRealGuides().reduce((n, g) => n + g.files.length, 0),
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
      kB(f.pasteDownloadGzip),
      ms(f.pasteMedian),
      ms(f.pasteP95),
    ]);
    notes.push(
      `${r.name}: a first search fetched ${f.downloadFiles.join(', ')}; ${f.queries} queries, ${f.unchanged} left the list unchanged (timed to the search box's last render), ${f.noHits} had no suggestion.`,
    );
  }

  console.log('\n## Search\n');
  console.log(
    table(
      [
        ...['site', 'articles', 'index raw', 'index gzip', 'first search gzip', 'first-load ms', 'median ms', 'p95 ms'],
        ...['paste: first search gzip', 'paste median ms', 'paste p95 ms'],
      ],
      rows,
    ),
  );
  console.log(
    '\nindex = the search-engine chunk + every file of the split index (gzip -9 of the built files); first search = every file the browser requested on first focus and query (code chunks and index files); ' +
      'first-load = focus → first suggestion, HTTP cache off, median of 3; median/p95 = keydown of the last character → suggestion list updated, no CPU throttling; ' +
      'paste = 20 whole messages of 2,000 characters from the blind ticket set, timed the same way (the whole message searched again), and the files the first paste fetched with the cache off.',
  );
  for (const n of notes) console.log(`- ${n}`);
  console.log(`- Machine during the run: ${loadAtStart} at start, ${machineLoad()} at the end.`);
  if (atGoal) {
    const pasteOk = atGoal.pasteP95 < goal.pasteP95 && atGoal.downloadGzip <= goal.firstSearch;
    console.log(
      `\nissue 26 at 1,000 articles: a 2,000-character paste p95 < 50 ms, first search ≤ 100 KB gzip — ${verdict(pasteOk)} ` +
        `(paste p95 ${ms(atGoal.pasteP95)}: ${verdict(atGoal.pasteP95 < goal.pasteP95)}; first search ${kB(atGoal.downloadGzip)}, ` +
        `a paste's ${kB(atGoal.pasteDownloadGzip)}: ${verdict(atGoal.downloadGzip <= goal.firstSearch)})`,
    );
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
