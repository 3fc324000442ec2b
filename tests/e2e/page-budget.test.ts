/**
 * Page weight (issue 30): what an article page, the home page and /search load before they are
 * interactive, gzip, against a budget. Sizes are deterministic (the built files, gzipped); this is not a
 * timing test. The failure names the page, the files and the excess. On a generated knowledge base
 * (npm run test:multi) the figures are printed, not enforced: it splits its routes to prove that layer.
 */
import {describe, expect, inject, it} from 'vitest';
import {firstLoad, totalBytes, type LoadedFile} from '../../scripts/bench/first-load';
import {builtSiteDir} from './browser';
import {sharedBrowser} from './context';

const baseURL = inject('baseURL');
const browser = sharedBrowser();
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/**
 * First-load budgets in bytes, gzip. Issue 30 set them at ×0.70 of the stock template's article page: JS 125 kB
 * for an article and the home page, 135 kB for /search, CSS 16 kB. Home, /search and the stylesheet meet theirs
 * (the stylesheet since Infima's rules for components no page renders are dropped: src/plugins/unusedInfima). An
 * article page does not yet (the theme's own document layer and React are most of it; see results/bundle-*.md):
 * its ceiling here is today's figure rounded up, so nothing grows unnoticed while the target stands. Lower a ceiling when the page gets lighter; never raise one to pass.
 */
export const budgets = [
  {
    page: '/articles/order-cancelled',
    what: 'an article page',
    js: 148_000,
    css: 16_000,
    target: {js: 125_000, css: 16_000},
  },
  {page: '/', what: 'the home page', js: 125_000, css: 16_000, target: {js: 125_000, css: 16_000}},
  {page: '/search', what: '/search', js: 135_000, css: 16_000, target: {js: 135_000, css: 16_000}},
] as const;

const listing = (files: readonly LoadedFile[]) =>
  [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .map((f) => `${f.file} ${kB(f.gzip)}`)
    .join(', ');

describe('first-load JavaScript and CSS stay within budget', () => {
  it.each(budgets)('$what ($page): JS ≤ $js B, CSS ≤ $css B gzip', async ({page, js, css, target}) => {
    const load = await firstLoad(browser(), baseURL, builtSiteDir, page);
    const used = {js: totalBytes(load.js), css: totalBytes(load.css)};
    const vs = (n: number, t: number) => `${kB(n)} (issue 30's target ${kB(t)}: ${n <= t ? 'met' : 'not met'})`;
    console.log(`${page}: JS ${vs(used.js, target.js)}, CSS ${vs(used.css, target.css)}; scripts ${listing(load.js)}`);
    expect(load.js.length, `${page} loads no script: is the build there?`).toBeGreaterThan(0);
    if (process.env.KB_DOCS_DIR) return;
    expect(
      used.js,
      `${page}: first-load JS is ${kB(used.js)}, ${kB(used.js - js)} over its ${kB(js)} budget: ${listing(load.js)}`,
    ).toBeLessThanOrEqual(js);
    expect(
      used.css,
      `${page}: first-load CSS is ${kB(used.css)}, ${kB(used.css - css)} over its ${kB(css)} budget: ${listing(load.css)}`,
    ).toBeLessThanOrEqual(css);
  });
});
