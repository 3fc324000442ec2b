import {describe, expect, inject, it} from 'vitest';
import {sitemapPaths} from './browser';
import {sharedBrowser} from './context';
import {contentWords, pageWords, readGuide} from '../support/guide';
import {amzArticles} from './knowledgeBase';

const baseURL = inject('baseURL');
const browser = sharedBrowser({javaScriptEnabled: false});

const guide = readGuide();

describe('with JavaScript off', () => {
  it.each(guide.problems.map((p) => [p.kbId, p] as const))(
    '%s shows its ID, its callouts and every sentence of the guide',
    async (kbId, problem) => {
      const page = await browser().newPage();
      await page.goto(`/kb/${kbId}`);
      // The short link is a static redirect page: without JavaScript it uses <meta http-equiv="refresh">.
      await page.waitForSelector('[data-kb-id]', {timeout: 10_000});
      expect(await page.getAttribute('[data-kb-id]', 'data-kb-id')).toBe(kbId);
      for (const kind of ['issue', 'cause', 'resolution']) {
        expect(await page.locator(`[data-callout="${kind}"]`).count(), `${kbId} ${kind}`).toBeGreaterThan(0);
      }
      const words = pageWords(await page.locator('article').innerText());
      for (const sentence of problem.sentences) {
        const missing = contentWords(sentence).filter((w) => !words.has(w));
        expect(missing, `${kbId}: "${sentence}"`).toEqual([]);
      }
      await page.close();
    },
  );

  it('every page in the sitemap is readable: a heading and its content, with no request leaving the site', async () => {
    const page = await browser().newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL)) external.push(r.url());
    });
    for (const p of sitemapPaths()) {
      const response = await page.goto(p);
      expect(response?.status(), p).toBe(200);
      expect((await page.locator('h1').first().innerText()).trim().length, p).toBeGreaterThan(0);
      expect((await page.locator('main').first().innerText()).length, p).toBeGreaterThan(100);
    }
    expect(external).toEqual([]);
    await page.close();
  });

  it('the home page carries the guide summary and links to every article', async () => {
    const page = await browser().newPage();
    await page.goto('/');
    const words = pageWords(await page.locator('main').innerText());
    for (const sentence of guide.summary)
      expect(
        contentWords(sentence).filter((w) => !words.has(w)),
        sentence,
      ).toEqual([]);
    const hrefs = await page
      .locator('main a[href^="/articles/"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(amzArticles.map((a) => a.permalink)));
    await page.close();
  });

  it('the sidebar lists every article, grouped by category', async () => {
    const page = await browser().newPage();
    await page.goto('/articles/order-cancelled');
    const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
    const links = sidebar.locator('a[href^="/articles/"]:not([role="button"])');
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.sort()).toEqual(amzArticles.map((a) => a.permalink).sort());
    expect(await sidebar.innerText()).toContain('Order status');
    await page.close();
  });

  it('/symptoms holds every symptom link in the HTML', async () => {
    const page = await browser().newPage();
    await page.goto('/symptoms');
    const count = await page.locator('a[data-symptom]').count();
    expect(count).toBeGreaterThanOrEqual(8 * 2);
    expect(await page.locator('[data-symptom-count]').innerText()).toBe(`${count} symptoms`);
    await page.close();
  });

  it('/troubleshoot shows the tree as nested questions and links', async () => {
    const page = await browser().newPage();
    await page.goto('/troubleshoot');
    const outline = page.locator('[data-troubleshooter-outline]');
    expect(await outline.locator('ul ul').count()).toBeGreaterThan(0);
    const targets = await outline
      .locator('a[data-outcome]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')));
    expect(new Set(targets).size).toBe(8);
    await page.close();
  });
});
