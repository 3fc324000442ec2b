/**
 * What pages of a build weigh, read from the files (no browser): the
 * scripts and stylesheets one page's HTML references (its first load),
 * gzip -9; the HTML itself; the whole output. The same for our site and the
 * stock template, so their figures compare.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';
import {globSync} from 'tinyglobby';
import {dirBytes, gzipBytes} from './lib';

/** The HTML file a route is served from: /a/b → a/b.html or a/b/index.html (trailingSlash either way). */
export function htmlFile(outDir: string, route: string): string {
  const clean = route.replace(/^\/|\/$/g, '');
  const candidates = clean ? [`${clean}.html`, `${clean}/index.html`] : ['index.html'];
  const found = candidates.map((c) => path.join(outDir, c)).find((f) => fs.existsSync(f));
  if (!found) throw new Error(`No HTML for ${route} in ${outDir}: expected one of ${candidates.join(', ')}`);
  return found;
}

/**
 * Site-relative paths of every script and stylesheet an HTML page loads at
 * once: <script src>, stylesheets, and preloads of scripts and styles
 * (Docusaurus preloads the route's chunks). Prefetches are for later pages:
 * not counted.
 */
export function referencedAssets(html: string): string[] {
  const $ = cheerio.load(html);
  const refs = new Set<string>();
  const add = (href: string | undefined) => {
    if (href && !/^(https?:)?\/\//.test(href) && !href.startsWith('data:')) refs.add(href.split(/[?#]/)[0]);
  };
  $('script[src]').each((_, el) => add($(el).attr('src')));
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const as = $(el).attr('as');
    if (
      rel.includes('stylesheet') ||
      rel.includes('modulepreload') ||
      (rel.includes('preload') && /^(script|style)$/.test(as ?? ''))
    )
      add($(el).attr('href'));
  });
  return [...refs];
}

/** Every site path the HTML itself makes the browser fetch: its assets, icons, images. */
export function htmlFetches(html: string): string[] {
  const $ = cheerio.load(html);
  const refs = new Set(referencedAssets(html));
  $('img[src], link[rel~=icon][href]').each((_, el) => {
    const ref = $(el).attr('src') ?? $(el).attr('href') ?? '';
    if (ref.startsWith('/') && !ref.startsWith('//')) refs.add(ref.split(/[?#]/)[0]);
  });
  return [...refs];
}

export interface PageWeight {
  /** gzip -9 bytes of every script and stylesheet the HTML references. */
  readonly assetsGzip: number;
  readonly files: number;
  readonly htmlRaw: number;
  readonly htmlGzip: number;
}

/** First-load weight of one route of a build whose base URL is "/". */
export function pageWeight(outDir: string, route: string): PageWeight {
  const file = htmlFile(outDir, route);
  const html = fs.readFileSync(file);
  const assets = referencedAssets(html.toString('utf8')).map((ref) => {
    const asset = path.join(outDir, ref);
    if (!fs.existsSync(asset)) throw new Error(`${route} references ${ref}, which is not in ${outDir}`);
    return asset;
  });
  return {
    assetsGzip: assets.reduce((sum, f) => sum + gzipBytes(f), 0),
    files: assets.length,
    htmlRaw: html.length,
    htmlGzip: zlib.gzipSync(html, {level: 9}).length,
  };
}

/** The largest HTML page below a route's folder (e.g. /symptoms/<guide>), gzip -9; undefined when there is none. */
export function largestPageBelow(outDir: string, route: string): {route: string; gzip: number} | undefined {
  const dir = path.join(outDir, route.replace(/^\//, ''));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return undefined;
  let largest: {route: string; gzip: number} | undefined;
  for (const entry of globSync('**/*.html', {cwd: dir, dot: true})) {
    const gzip = gzipBytes(path.join(dir, entry));
    if (!largest || gzip > largest.gzip)
      largest = {route: `${route}/${entry.replace(/(\/index)?\.html$/, '')}`.replace(/\/$/, ''), gzip};
  }
  return largest;
}

export interface SiteFigures {
  readonly article: PageWeight;
  readonly homeGzip: number;
  /** /symptoms, gzip; undefined on a site without it (the stock template). */
  readonly symptomsGzip?: number;
  readonly largestSymptomsPage?: {route: string; gzip: number};
  readonly totalBytes: number;
}

export function siteFigures(outDir: string, articleRoute: string): SiteFigures {
  const hasSymptoms = ['symptoms.html', 'symptoms/index.html'].some((f) => fs.existsSync(path.join(outDir, f)));
  return {
    article: pageWeight(outDir, articleRoute),
    homeGzip: pageWeight(outDir, '/').htmlGzip,
    symptomsGzip: hasSymptoms ? pageWeight(outDir, '/symptoms').htmlGzip : undefined,
    largestSymptomsPage: largestPageBelow(outDir, '/symptoms'),
    totalBytes: dirBytes(outDir),
  };
}
