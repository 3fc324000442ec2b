import {describe, expect, inject, it} from 'vitest';
import {open, sitemapPaths, sitemapTimeout, watch} from './browser';
import {sharedBrowser} from './context';
import {kb, pagesToCheck} from './knowledgeBase';

const baseURL = inject('baseURL');
const browser = sharedBrowser();

describe('every page in the sitemap', () => {
  const paths = sitemapPaths();
  const articlePaths = new Set(kb.articles.map((a) => a.permalink));

  it('lists the home page, every article, the symptom index, the troubleshooter and the checker', () => {
    expect(paths).toEqual(
      expect.arrayContaining(['/', '/symptoms', '/troubleshoot', '/search', '/tools/character-check']),
    );
    // On the published site: the eight articles of the guide, under /articles.
    expect(paths.filter((p) => articlePaths.has(p)).sort()).toEqual([...articlePaths].sort());
    if (kb.guides.length === 1) expect(paths.filter((p) => p.startsWith('/articles/'))).toHaveLength(8);
  });

  it(
    'hydrates with no console error and no request outside the site',
    async () => {
      const page = await browser().newPage();
      const w = watch(page, baseURL);
      for (const p of pagesToCheck()) {
        const response = await page.goto(p, {waitUntil: 'networkidle'});
        expect(response?.status(), p).toBe(200);
        await page.waitForSelector('html[data-kb-ready="true"]', {timeout: 15_000});
      }
      expect(w.errors).toEqual([]);
      expect(w.external).toEqual([]);
      await page.close();
    },
    sitemapTimeout(4_000),
  );

  it('shows the KB ID on each article page and on no other page', async () => {
    const page = await browser().newPage();
    for (const p of pagesToCheck()) {
      await open(page, p);
      const ids = await page.locator('[data-kb-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kb-id')));
      if (articlePaths.has(p)) expect(ids, p).toHaveLength(1);
      else expect(ids, p).toEqual([]);
    }
    await page.close();
  });
});

describe('following links inside the app', () => {
  // The first, middle and last article of each guide: on a large site they sit in different route buckets
  // (src/plugins/largeGuide), loaded only when the reader heads there.
  const picks = kb.guides.flatMap((g) => {
    const list = kb.articles.filter((a) => a.guide === g.id);
    return [...new Set([list[0], list[Math.floor(list.length / 2)], list[list.length - 1]])];
  });

  it(
    'opens articles of every guide from pages of others, without a full page load or an error',
    async () => {
      const page = await browser().newPage();
      const w = watch(page, baseURL);
      const documents: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'document') documents.push(new URL(r.url()).pathname);
      });
      await open(page, '/');
      for (const a of picks) {
        const input = page.locator('input[data-search-input]');
        await input.fill(a.title);
        await page.locator(`[role="option"][data-search-suggestion="${a.kbId}"]`).click();
        await page.waitForURL((u) => u.pathname === a.permalink);
        await expect.poll(() => page.getAttribute('[data-kb-id]', 'data-kb-id'), {timeout: 10_000}).toBe(a.kbId);
        // On to its neighbour by the link at the foot of the page (hovered first, as a mouse does).
        const next = page.locator('a.pagination-nav__link--next, a.pagination-nav__link--prev').first();
        const target = new URL((await next.getAttribute('href'))!, page.url()).pathname;
        await next.click();
        await page.waitForURL((u) => u.pathname === target);
        await expect.poll(() => page.locator('h1').first().isVisible(), {timeout: 10_000}).toBe(true);
        expect(await page.locator('article').count(), target).toBeGreaterThan(0);
      }
      expect(documents).toEqual(['/']);
      expect(w.errors).toEqual([]);
      await page.close();
    },
    30_000 + picks.length * 10_000,
  );
});
