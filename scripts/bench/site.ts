/**
 * npm run bench — the knowledge base side by side with the stock Docusaurus
 * template (+ local search plugin), in one run: first-load JS/CSS of an
 * article page, Lighthouse (mobile), cold build time with the faster
 * (Rspack) bundler and the classic (webpack) one, and how build time, output
 * size and search index grow with 8, 100 and 1,000 articles. Prints one
 * markdown table per section and a summary. Exits non-zero only when
 * something breaks, never on a figure that misses its goal.
 *
 * Env: BENCH_RUNS (Lighthouse runs per site, default 5),
 *      BENCH_SKIP (comma-separated: lighthouse, classic, scale).
 */
import fs from 'node:fs';
import path from 'node:path';
import {startStaticServer} from '../../deploy/serve-static';
import {generateKnowledgeBase} from '../kb-generator';
import {lighthouseVersion, runLighthouse, type LighthouseFigures} from './lighthouse';
import {ensureStockSite} from './stock';
import {
  benchDir,
  buildLog,
  buildSite,
  dirBytes,
  kB,
  launchChromium,
  median,
  ms,
  prepareSiteCopy,
  s,
  searchChunks,
  size,
  table,
  verdict,
  machineLoad,
  clearChromiumProfiles,
} from './lib';

const skip = new Set(
  (process.env.BENCH_SKIP ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const log = (msg: string) => console.error(msg); // progress on stderr, tables on stdout
const summary: string[] = [];
const goalLine = (name: string, ok: boolean, detail: string) => summary.push(`- ${name}: ${verdict(ok)} (${detail})`);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

interface Site {
  readonly name: string;
  readonly dir: string;
  readonly out: string;
  readonly page: string;
  readonly env?: Record<string, string>;
}

interface PageWeight {
  readonly js: number;
  readonly css: number;
  readonly jsFiles: number;
  readonly cssFiles: number;
  readonly heaviest: string[];
}

/** Bytes on the wire (gzip, as served) of every script and stylesheet one page load requests, until the network is idle. */
async function pageWeight(outDir: string, page: string): Promise<PageWeight> {
  const server = await startStaticServer({dir: outDir});
  const context = await launchChromium();
  try {
    const tab = await context.newPage();
    const pending: Promise<{url: string; type: string; bytes: number}>[] = [];
    tab.on('requestfinished', (req) => {
      const type = req.resourceType();
      if (type === 'script' || type === 'stylesheet')
        pending.push(
          req.sizes().then((sizes) => ({url: new URL(req.url()).pathname, type, bytes: sizes.responseBodySize})),
        );
    });
    const res = await tab.goto(server.url + page, {waitUntil: 'load'});
    if (!res?.ok()) throw new Error(`${page}: HTTP ${res?.status()}`);
    await tab.waitForLoadState('networkidle');
    const files = await Promise.all(pending);
    const sum = (type: string) => files.filter((f) => f.type === type).reduce((t, f) => t + f.bytes, 0);
    return {
      js: sum('script'),
      css: sum('stylesheet'),
      jsFiles: files.filter((f) => f.type === 'script').length,
      cssFiles: files.filter((f) => f.type === 'stylesheet').length,
      heaviest: [...files]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 3)
        .map((f) => `${path.basename(f.url)} ${kB(f.bytes)}`),
    };
  } finally {
    await context.close();
    await new Promise((r) => server.close(r));
  }
}

/**
 * Builds `site` once more with the classic bundler: a config file beside the
 * site's own that imports it and sets `future.faster: false`, which turns
 * every faster flag off (Rspack, SWC, Lightning CSS…) whatever v4 implies.
 * The site's config is never edited, so an interrupted run leaves no trace.
 */
async function classicBuild(site: Site, label: string): Promise<number> {
  const file = fs.readdirSync(site.dir).find((f) => /^docusaurus\.config\.(ts|js|mjs)$/.test(f));
  if (!file) throw new Error(`No docusaurus.config in ${site.dir}`);
  const config = path.join(site.dir, 'docusaurus.classic-bench.config.ts');
  fs.writeFileSync(
    config,
    `import config from './${file.replace(/\.(ts|js|mjs)$/, '')}';\nexport default {...config, future: {...config.future, faster: false}};\n`,
  );
  try {
    const took = await buildSite(site.dir, `${site.out}-classic`, {label, env: site.env, config});
    // webpackbar reports progress only on the webpack path: proof the classic bundler ran.
    if (!fs.readFileSync(buildLog(label), 'utf8').includes('webpackbar'))
      throw new Error(`Build "${label}" did not use webpack: see ${buildLog(label)}`);
    return took;
  } finally {
    fs.rmSync(config, {force: true});
  }
}

/** Growth for ten times more articles, from two points: (b/a)^(1 / log10(nb/na)). */
const per10x = (a: number, b: number, na: number, nb: number) =>
  `×${Math.pow(b / a, 1 / Math.log10(nb / na)).toFixed(2)}`;

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = machineLoad();
  clearChromiumProfiles();
  const oursDir = path.join(benchDir, 'site');
  prepareSiteCopy(oursDir);
  const stockDir = await ensureStockSite(log);
  const ours: Site = {
    name: 'ours',
    dir: oursDir,
    out: path.join(benchDir, 'out-ours'),
    page: '/articles/order-cancelled',
  };
  const stock: Site = {name: 'stock', dir: stockDir, out: path.join(benchDir, 'out-stock'), page: '/docs/intro'};

  // Cold builds with the faster bundler: the builds every later section measures.
  const fasterMs: Record<string, number> = {};
  for (const site of [ours, stock]) {
    log(`Cold build, faster bundler: ${site.name}…`);
    fasterMs[site.name] = await buildSite(site.dir, site.out, {label: `${site.name}-faster`});
    if (fs.readFileSync(buildLog(`${site.name}-faster`), 'utf8').includes('webpackbar'))
      throw new Error(`The ${site.name} build used webpack, not Rspack: is future.v4 still on?`);
  }

  log('Page weight in Chromium…');
  const weight = {ours: await pageWeight(ours.out, ours.page), stock: await pageWeight(stock.out, stock.page)};
  const total = (w: PageWeight) => w.js + w.css;
  const weightRatio = total(weight.ours) / total(weight.stock);
  console.log('\n## First-load JS and CSS of an article page (gzip, as served)\n');
  console.log(
    table(
      ['site', 'page', 'JS', 'CSS', 'JS + CSS'],
      [
        ...[ours, stock].map((site) => {
          const w = weight[site.name as 'ours' | 'stock'];
          return [
            site.name,
            site.page,
            `${kB(w.js)} (${w.jsFiles} files)`,
            `${kB(w.css)} (${w.cssFiles} files)`,
            kB(total(w)),
          ];
        }),
        [
          'ours / stock',
          '',
          `${ratio(weight.ours.js, weight.stock.js)} (goal ≤ 0.70: ${verdict(weight.ours.js <= 0.7 * weight.stock.js)})`,
          ratio(weight.ours.css, weight.stock.css),
          `${weightRatio.toFixed(2)} (goal ≤ 0.90: ${verdict(weightRatio <= 0.9)})`,
        ],
      ],
    ),
  );
  console.log(
    `\nHeaviest files — ours: ${weight.ours.heaviest.join(', ')}; stock: ${weight.stock.heaviest.join(', ')}`,
  );
  goalLine(
    'first-load JS ≤ 0.70 × stock',
    weight.ours.js <= 0.7 * weight.stock.js,
    `${kB(weight.ours.js)} vs ${kB(weight.stock.js)}, ratio ${ratio(weight.ours.js, weight.stock.js)}`,
  );
  goalLine(
    'first-load JS + CSS ≤ 0.9 × stock',
    weightRatio <= 0.9,
    `${kB(total(weight.ours))} vs ${kB(total(weight.stock))}, ratio ${weightRatio.toFixed(2)}`,
  );

  if (!skip.has('lighthouse')) {
    const results: Record<'ours' | 'stock', LighthouseFigures[]> = {ours: [], stock: []};
    const servers = {ours: await startStaticServer({dir: ours.out}), stock: await startStaticServer({dir: stock.out})};
    try {
      // Alternating, so a slower moment of the machine hits both sites alike.
      for (let i = 1; i <= runs; i++) {
        for (const site of [ours, stock]) {
          const key = site.name as 'ours' | 'stock';
          log(`Lighthouse ${i}/${runs}: ${site.name}…`);
          results[key].push(await runLighthouse(servers[key].url + site.page, `${site.name}-${i}`));
        }
      }
    } finally {
      for (const server of Object.values(servers)) server.close();
    }
    const med = (key: 'ours' | 'stock', f: (r: LighthouseFigures) => number) => median(results[key].map(f));
    // Median with the range of the runs: Lighthouse timings on 2 shared cores swing a lot.
    const spread = (key: 'ours' | 'stock', f: (r: LighthouseFigures) => number) => {
      const xs = results[key].map(f);
      return `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
    };
    const tbt = {ours: med('ours', (r) => r.tbt), stock: med('stock', (r) => r.tbt)};
    const lcp = {ours: med('ours', (r) => r.lcp), stock: med('stock', (r) => r.lcp)};
    const score = (key: 'ours' | 'stock', c: keyof LighthouseFigures['scores']) => med(key, (r) => r.scores[c]);
    const rows: string[][] = [
      [
        'total blocking time',
        spread('ours', (r) => r.tbt),
        spread('stock', (r) => r.tbt),
        ratio(tbt.ours, tbt.stock),
        '≤ 0.75 × stock',
        verdict(tbt.ours <= 0.75 * tbt.stock),
      ],
      [
        'largest contentful paint',
        spread('ours', (r) => r.lcp),
        spread('stock', (r) => r.lcp),
        ratio(lcp.ours, lcp.stock),
        '≤ stock',
        verdict(lcp.ours <= lcp.stock),
      ],
      [
        'performance score',
        score('ours', 'performance').toFixed(2),
        score('stock', 'performance').toFixed(2),
        '',
        '',
        '',
      ],
      ...(['accessibility', 'best-practices', 'seo'] as const).map((c) => {
        const ok = score('ours', c) >= 1;
        goalLine(`Lighthouse ${c} = 1.00`, ok, score('ours', c).toFixed(2));
        return [`${c} score`, score('ours', c).toFixed(2), score('stock', c).toFixed(2), '', '1.00', verdict(ok)];
      }),
    ];
    console.log(`\n## Lighthouse ${lighthouseVersion}, mobile, median of ${runs} alternating runs\n`);
    console.log(table(['metric', 'ours', 'stock', 'ours / stock', 'goal', 'verdict'], rows));
    const failing = [...new Set(results.ours.flatMap((r) => r.failing))];
    console.log(`\nOurs, audits below full score (any run): ${failing.join('; ') || 'none'}`);
    goalLine('Lighthouse TBT ≤ 0.75 × stock', tbt.ours <= 0.75 * tbt.stock, `${ms(tbt.ours)} vs ${ms(tbt.stock)}`);
    goalLine('Lighthouse LCP ≤ stock', lcp.ours <= lcp.stock, `${ms(lcp.ours)} vs ${ms(lcp.stock)}`);
  }

  if (!skip.has('classic')) {
    const rows: string[][] = [];
    for (const site of [ours, stock]) {
      log(`Cold build, classic bundler: ${site.name}…`);
      const classic = await classicBuild(site, `${site.name}-classic`);
      rows.push([site.name, s(fasterMs[site.name]), s(classic), `×${(classic / fasterMs[site.name]).toFixed(1)}`]);
      if (site === ours)
        summary.push(`- cold build: ${s(fasterMs.ours)} faster bundler, ${s(classic)} classic (no goal set)`);
    }
    console.log('\n## Cold build time (no .docusaurus, no node_modules/.cache)\n');
    console.log(
      table(['site', 'faster (Rspack, v4)', 'classic (webpack, v4 + faster: false)', 'classic / faster'], rows),
    );
  }

  if (!skip.has('scale')) {
    interface Point {
      n: number;
      build: number;
      bytes: number;
      index: number;
      html: number;
      weight: number;
    }
    const points: Point[] = [];
    for (const n of [8, 100, 1000]) {
      // 8 is the real knowledge base (docs/); larger ones are generated over several guides.
      const env: Record<string, string> = n === 8 ? {} : {KB_DOCS_DIR: 'bench-docs'};
      const site: Site = {...ours, out: path.join(benchDir, `out-scale-${n}`), env};
      if (n !== 8) generateKnowledgeBase({count: n, out: path.join(oursDir, 'bench-docs')});
      log(`Cold build, ${n} articles…`);
      const build = await buildSite(site.dir, site.out, {label: `scale-${n}`, env: site.env});
      const w = await pageWeight(site.out, ours.page);
      points.push({
        n,
        build,
        bytes: dirBytes(site.out),
        index: searchChunks(site.out).gzip,
        html: fs.statSync(path.join(site.out, `${ours.page}.html`)).size,
        weight: total(w),
      });
    }
    const growth = (i: number, f: (p: Point) => number) =>
      i === 0 ? '' : per10x(f(points[i - 1]), f(points[i]), points[i - 1].n, points[i].n);
    console.log('\n## Scale: generated knowledge bases (the 8 real articles + generated ones), cold builds\n');
    console.log(
      table(
        [
          'articles',
          'build time',
          'output size',
          'search index gzip',
          'one article HTML',
          'article JS + CSS gzip',
          'per 10× articles (build / output / index / HTML / JS+CSS)',
        ],
        points.map((p, i) => [
          String(p.n),
          s(p.build),
          size(p.bytes),
          kB(p.index),
          kB(p.html),
          kB(p.weight),
          i
            ? [
                growth(i, (x) => x.build),
                growth(i, (x) => x.bytes),
                growth(i, (x) => x.index),
                growth(i, (x) => x.html),
                growth(i, (x) => x.weight),
              ].join(' / ')
            : '',
        ]),
      ),
    );
    const [first, last] = [points[0], points[points.length - 1]];
    console.log(
      `\nOverall 8 → 1,000 per 10× articles: build ${per10x(first.build, last.build, first.n, last.n)}, output ${per10x(first.bytes, last.bytes, first.n, last.n)}, ` +
        `index ${per10x(first.index, last.index, first.n, last.n)}, one article's HTML ${per10x(first.html, last.html, first.n, last.n)} (×10 would be linear; ×1 constant).`,
    );
    summary.push(
      `- at ${last.n} articles (no goal set): build ${s(last.build)}, output ${size(last.bytes)}, search index ${kB(last.index)} gzip, article page JS + CSS ${kB(last.weight)} gzip`,
    );
  }

  console.log(
    `\n## Summary (${s(performance.now() - started)} in all${skip.size ? `; skipped: ${[...skip].join(', ')}` : ''})\n`,
  );
  console.log(summary.join('\n'));
  console.log(`\nMachine: ${loadAtStart} at start, ${machineLoad()} at the end.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
