/**
 * The tables and goal lines of `npm run bench:scale`: one table per size
 * (ours, its ratio to the 8-article site, the stock template beside it),
 * then each goal of issue 11 with met / not met. Pure formatting: the
 * figures come from scale.ts.
 */
import type {FirstSearch} from './first-search';
import type {BuildStats} from './lib';
import {kB, ms, s, size, table, verdict} from './lib';
import type {SiteFigures} from './page-figures';
import type {PageLoad} from './page-load';
import type {PagefindFigures} from './pagefind';
import type {KeystrokeFigures} from './search-probes';

export interface Measured {
  readonly build: BuildStats;
  readonly pages: SiteFigures;
  /** JS and CSS the article page fetches until interactive (its HTML's and the chunks loaded on the way). */
  readonly load?: PageLoad;
  readonly search?: FirstSearch;
  readonly keys?: KeystrokeFigures;
}

export interface SizeResult {
  readonly articles: number;
  readonly guides: number;
  readonly ours: Measured;
  /** The stock template on the same articles; a string says why it is missing. */
  readonly stock?: Measured | string;
}

/** The limits of issue 11, "Constant cost per page". */
export const goals = {
  assetsRatio: 1.2,
  htmlRatio: 1.5,
  searchBytes: 100_000,
  searchTimeRatio: 1.3,
  keystrokeP95: 50,
  pageGzip: 30_000,
  buildMs: 15 * 60_000,
  buildBytes: 4e9, // GB = 10^9 bytes, as kB = 1,000 here
  buildAt: 5000,
} as const;

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const times = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
const n = (x: number) => x.toLocaleString('en-US');

/** The one table of a size. */
export function sizeTable(r: SizeResult, base: SizeResult | undefined): string {
  const o = r.ours;
  const st = typeof r.stock === 'object' ? r.stock : undefined;
  const vs = (f: (m: Measured) => number | undefined, fmt: (x: number) => string) => {
    const ours = f(o);
    const b = base && base !== r ? f(base.ours) : undefined;
    return ours === undefined || b === undefined ? '' : fmt(ours / b);
  };
  const ratio = (x: number) => `×${x.toFixed(2)}`;
  const stockCell = (f: (m: Measured) => string) => (st ? f(st) : typeof r.stock === 'string' ? 'failed' : '–');
  const symptomsPage = o.pages.largestSymptomsPage;
  const rows: string[][] = [
    [
      'article page: first-load JS + CSS, gzip',
      `${kB(o.pages.article.assetsGzip)} (${o.pages.article.files} files)`,
      vs((m) => m.pages.article.assetsGzip, ratio),
      stockCell((m) => kB(m.pages.article.assetsGzip)),
    ],
    [
      'article page: JS + CSS loaded until interactive, as served',
      o.load ? `${kB(o.load.bytes)} (${o.load.files} files)` : '',
      vs((m) => m.load?.bytes, ratio),
      stockCell((m) => (m.load ? kB(m.load.bytes) : '')),
    ],
    [
      'article page: HTML, raw',
      kB(o.pages.article.htmlRaw),
      vs((m) => m.pages.article.htmlRaw, ratio),
      stockCell((m) => kB(m.pages.article.htmlRaw)),
    ],
    [
      'total output (per article)',
      `${size(o.pages.totalBytes)} (${kB(o.pages.totalBytes / r.articles)})`,
      base && base !== r
        ? `${times(o.pages.totalBytes, base.ours.pages.totalBytes)} for ×${n(r.articles / base.articles)} articles`
        : '',
      stockCell((m) => `${size(m.pages.totalBytes)} (${kB(m.pages.totalBytes / r.articles)})`),
    ],
    [
      'home page HTML, gzip',
      kB(o.pages.homeGzip),
      vs((m) => m.pages.homeGzip, ratio),
      stockCell((m) => kB(m.pages.homeGzip)),
    ],
    ['/symptoms HTML, gzip', o.pages.symptomsGzip === undefined ? 'none' : kB(o.pages.symptomsGzip), '', '–'],
    [
      'largest page under /symptoms/, gzip',
      symptomsPage ? `${kB(symptomsPage.gzip)} (${symptomsPage.route})` : 'none',
      '',
      '–',
    ],
    [
      'first search: downloads beyond the page, as served',
      o.search ? kB(o.search.searchBytes) : '',
      '',
      stockCell((m) => (m.search ? kB(m.search.searchBytes) : '')),
    ],
    [
      'first search: /search?q=order cancelled → first result',
      o.search ? ms(o.search.ms) : '',
      vs((m) => m.search?.ms, ratio),
      stockCell((m) => (m.search ? ms(m.search.ms) : '')),
    ],
    [
      'first search: of which the search, from the page interactive',
      o.search?.afterReadyMs === undefined ? '' : ms(o.search.afterReadyMs),
      vs((m) => m.search?.afterReadyMs, ratio),
      '–',
    ],
    [
      `keystroke → results, median / p95 (${o.keys?.queries ?? 0} queries)`,
      o.keys ? `${ms(o.keys.median)} / ${ms(o.keys.p95)}` : '',
      '',
      '–',
    ],
    [
      'build: wall time, peak memory',
      `${s(o.build.ms)}, ${gb(o.build.peakRss)}`,
      '',
      stockCell((m) => `${s(m.build.ms)}, ${gb(m.build.peakRss)}`),
    ],
  ];
  return table(['figure', 'ours', '× 8-article site', 'stock 3.10 + local search'], rows);
}

/** The search's own part of two first searches (after the page is interactive), when both have it. */
function ownPart(search: FirstSearch, base: FirstSearch): string {
  if (search.afterReadyMs === undefined || base.afterReadyMs === undefined) return '';
  const x = search.afterReadyMs / base.afterReadyMs;
  return `; the search's own part ${ms(search.afterReadyMs)} vs ${ms(base.afterReadyMs)}, ×${x.toFixed(2)}`;
}

/** One line per goal: the verdict at each size above 8, with the figures. */
export function goalLines(results: readonly SizeResult[], pagefind?: PagefindFigures): string[] {
  const base = results.find((r) => r.articles === 8);
  const large = results.filter((r) => r.articles > 8);
  const lines: string[] = [];
  const goal = (name: string, check: (r: SizeResult) => [boolean, string] | undefined) => {
    const parts = large.map((r) => {
      const c = check(r);
      return c
        ? {ok: c[0], text: `${n(r.articles)}: ${verdict(c[0])} (${c[1]})`}
        : {ok: false, text: `${n(r.articles)}: not measured`};
    });
    const all = parts.length > 0 && parts.every((p) => p.ok);
    lines.push(
      `- ${name}: ${verdict(all)}${parts.length ? ` — ${parts.map((p) => p.text).join('; ')}` : ' — no size above 8 measured'}`,
    );
  };
  const needBase = <T>(f: (b: SizeResult) => T | undefined) => (base ? f(base) : undefined);
  goal(`article page first-load JS + CSS ≤ ${goals.assetsRatio}× the 8-article site`, (r) =>
    needBase((b) => {
      const x = r.ours.pages.article.assetsGzip / b.ours.pages.article.assetsGzip;
      return [x <= goals.assetsRatio, `×${x.toFixed(2)}, ${kB(r.ours.pages.article.assetsGzip)}`];
    }),
  );
  goal(`the same, counting every chunk the article page loads until interactive`, (r) =>
    needBase((b) => {
      if (!r.ours.load || !b.ours.load) return undefined;
      const x = r.ours.load.bytes / b.ours.load.bytes;
      return [x <= goals.assetsRatio, `×${x.toFixed(2)}, ${kB(r.ours.load.bytes)}`];
    }),
  );
  goal(`article page HTML ≤ ${goals.htmlRatio}× the 8-article site`, (r) =>
    needBase((b) => {
      const x = r.ours.pages.article.htmlRaw / b.ours.pages.article.htmlRaw;
      return [x <= goals.htmlRatio, `×${x.toFixed(2)}, ${kB(r.ours.pages.article.htmlRaw)}`];
    }),
  );
  goal('total output grows no faster than the article count (against the next smaller size)', (r) => {
    const prev = [...results].reverse().find((p) => p.articles < r.articles);
    if (!prev) return undefined;
    const grew = r.ours.pages.totalBytes / prev.ours.pages.totalBytes;
    const articles = r.articles / prev.articles;
    return [
      grew <= articles,
      `output ×${grew.toFixed(2)} for articles ×${articles.toFixed(2)} from ${n(prev.articles)}`,
    ];
  });
  goal(`a first search downloads ≤ ${kB(goals.searchBytes)} gzip`, (r) =>
    r.ours.search ? [r.ours.search.searchBytes <= goals.searchBytes, kB(r.ours.search.searchBytes)] : undefined,
  );
  goal(`first result within ${goals.searchTimeRatio}× the 8-article time`, (r) =>
    r.ours.search && base?.ours.search
      ? [
          r.ours.search.ms <= goals.searchTimeRatio * base.ours.search.ms,
          `${ms(r.ours.search.ms)} vs ${ms(base.ours.search.ms)}, ×${(r.ours.search.ms / base.ours.search.ms).toFixed(2)}${ownPart(r.ours.search, base.ours.search)}`,
        ]
      : undefined,
  );
  goal(`keystroke → results p95 < ${goals.keystrokeP95} ms`, (r) =>
    r.ours.keys ? [r.ours.keys.p95 < goals.keystrokeP95, ms(r.ours.keys.p95)] : undefined,
  );
  goal(`home page and /symptoms (and each page below it) < ${kB(goals.pageGzip)} gzip`, (r) => {
    const p = r.ours.pages;
    const figures = [p.homeGzip, p.symptomsGzip ?? 0, p.largestSymptomsPage?.gzip ?? 0];
    return [
      figures.every((x) => x < goals.pageGzip),
      `home ${kB(p.homeGzip)}, /symptoms ${p.symptomsGzip === undefined ? 'none' : kB(p.symptomsGzip)}, largest below ${p.largestSymptomsPage ? `${kB(p.largestSymptomsPage.gzip)} ${p.largestSymptomsPage.route}` : 'none'}`,
    ];
  });
  const at = results.find((r) => r.articles === goals.buildAt);
  lines.push(
    `- build of ${n(goals.buildAt)} within 15 min and 4 GB: ${
      at
        ? `${verdict(at.ours.build.ms <= goals.buildMs && at.ours.build.peakRss <= goals.buildBytes)} (${s(at.ours.build.ms)}, ${gb(at.ours.build.peakRss)} peak from ${at.ours.build.peakSource})`
        : `not measured (no ${n(goals.buildAt)} in SCALE_SIZES)`
    }`,
  );
  // "The goal is to beat both": side by side, no limit of its own.
  const largest = large[large.length - 1];
  if (largest?.ours.search) {
    const stock = typeof largest.stock === 'object' ? largest.stock.search : undefined;
    const beside = [
      stock ? `stock ${kB(stock.searchBytes)}` : undefined,
      pagefind ? `Pagefind ${kB(pagefind.bytes)} (over ${n(largest.articles)} articles)` : undefined,
    ].filter(Boolean);
    if (beside.length)
      lines.push(
        `- first search at ${n(largest.articles)} beside the others (no limit): ours ${kB(largest.ours.search.searchBytes)}, ${beside.join(', ')}`,
      );
  }
  return lines;
}
