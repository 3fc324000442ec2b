/**
 * How the benchmarks time search in the navbar box (bench:search,
 * bench:scale): the query set, in-page probes, and the keystroke loop that
 * times each query's last character to the updated suggestion list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {BrowserContext, Page} from 'playwright-core';
import {withDeadline} from '../deadline';
import {median, percentile, root} from './lib';

/** The shared query set (or, without it, ours, as eval:search reads them) plus typo variants. */
export function loadQueries(): string[] {
  const file = [
    path.resolve(root, '../shared/search-queries.json'),
    path.join(root, 'tests/fixtures/search-eval.json'),
  ].find((f) => fs.existsSync(f));
  if (!file) throw new Error('No query set: expected ../shared/search-queries.json or tests/fixtures/search-eval.json');
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
 * Whole customer messages of about 2,000 characters, the longest paste search reads: the blind ticket set's
 * texts (tests/fixtures/search-tickets.json) run together, each paste starting at another of them.
 */
export function longPastes(count = 20, length = 2000): string[] {
  const file = path.join(root, 'tests/fixtures/search-tickets.json');
  const texts = (JSON.parse(fs.readFileSync(file, 'utf8')) as {queries: {q: string}[]}).queries.map((x) => x.q);
  return Array.from({length: count}, (_, i) => {
    let text = '';
    for (let j = i * 7; text.length < length; j++) text += `${texts[j % texts.length]}\n\n`;
    return text.slice(0, length).replace(/\s+\S*$/, '');
  });
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

/** An article every knowledge base has (AMZ-003, real): the page the navbar search is typed on. */
export const articlePage = '/articles/order-cancelled';

export async function openArticle(page: Page, base: string): Promise<void> {
  const res = await page.goto(base + articlePage, {waitUntil: 'load'});
  if (!res?.ok()) throw new Error(`${articlePage}: HTTP ${res?.status()}`);
  await page.waitForSelector('html[data-kb-ready="true"]', {timeout: 15_000});
  await page.evaluate(probes);
}

export interface KeystrokeFigures {
  readonly median: number;
  readonly p95: number;
  /** Queries whose last character left the list as it was (timed to the box's last render). */
  readonly unchanged: number;
  readonly noHits: number;
  readonly queries: number;
  /** Each query's time, ms. */
  readonly times: readonly number[];
}

function keystrokeFigures(times: readonly number[], unchanged: number, noHits: number): KeystrokeFigures {
  return {median: median(times), p95: percentile(times, 95), unchanged, noHits, queries: times.length, times};
}

/** Figures over several passes of the query set, as one. */
export function mergeKeystrokes(passes: readonly KeystrokeFigures[]): KeystrokeFigures {
  const sum = (key: 'unchanged' | 'noHits') => passes.reduce((t, p) => t + p[key], 0);
  return keystrokeFigures(
    passes.flatMap((p) => p.times),
    sum('unchanged'),
    sum('noHits'),
  );
}

/** Keystroke to suggestions on an article page of `base`, index already loaded (as for every keystroke after the first). */
export async function measureKeystrokes(
  context: BrowserContext,
  base: string,
  queries: readonly string[],
): Promise<KeystrokeFigures> {
  const page = await context.newPage();
  try {
    await openArticle(page, base);
    // A word that lists articles: "order", in nearly every article, lists none on its own.
    await withDeadline(page.evaluate('window.__kbBench.firstLoad("cancelled")'), 30_000, 'first suggestions');
    const times: number[] = [];
    let unchanged = 0;
    let noHits = 0;
    for (const q of ['warm up', 'cancel', ...queries]) {
      await page.evaluate(`window.__kbBench.prepare(${JSON.stringify(q.slice(0, -1))})`);
      await page.keyboard.type(q.slice(-1));
      const r = await withDeadline(
        page.evaluate<{ms: number; changed: boolean; hits: number}>('window.__kbBench.result()'),
        10_000,
        `query "${q}"`,
      );
      if (q === 'warm up' || q === 'cancel') continue; // the JIT's first runs are not a keystroke's typical cost
      times.push(r.ms);
      if (!r.changed) unchanged++;
      if (!r.hits) noHits++;
    }
    return keystrokeFigures(times, unchanged, noHits);
  } finally {
    await page.close();
  }
}
