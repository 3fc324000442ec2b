import {describe, expect, inject, it} from 'vitest';
import {open, sitemapPaths, sitemapTimeout, watch} from './browser';
import {sharedBrowser} from './context';
import {kb} from './knowledgeBase';

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
      for (const p of paths) {
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
    for (const p of paths) {
      await open(page, p);
      const ids = await page.locator('[data-kb-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kb-id')));
      if (articlePaths.has(p)) expect(ids, p).toHaveLength(1);
      else expect(ids, p).toEqual([]);
    }
    await page.close();
  });
});
