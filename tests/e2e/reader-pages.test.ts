/**
 * Pages a reader lands on from a ticket or the navbar (issue 29): each guide's article index, the
 * domains tool's answer for a country, and an article's outline beside it.
 */
import {describe, expect, inject, it} from 'vitest';
import {open} from './browser';
import {sharedBrowser} from './context';
import {amzArticles, kb} from './knowledgeBase';

const readerOrigin = new URL(inject('baseURL')).origin;
const browser = sharedBrowser({clipboard: true});
const noScript = sharedBrowser({javaScriptEnabled: false});
const published = kb.guides.filter((g) => kb.articles.some((a) => a.guide === g.id));
const indexOf = (guide: string) => `/${published.find((g) => g.id === guide)!.routeBasePath}`;

describe("a guide's article index", () => {
  const rowsOf = (page: import('playwright-core').Page) =>
    page.locator('[data-article-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-article-row')));

  it.each(published.map((g) => [g.id]))(
    '/%s lists every article of its guide, with and without JavaScript',
    async (guide) => {
      const own = kb.articles.filter((a) => a.guide === guide);
      for (const context of [browser(), noScript()]) {
        const page = await context.newPage();
        await page.goto(indexOf(guide));
        await page.locator('[data-article-index]').waitFor();
        expect(await rowsOf(page)).toEqual(own.map((a) => a.kbId));
        const first = page.locator(`[data-article-row="${own[0].kbId}"]`);
        expect(await first.locator('a').getAttribute('href')).toBe(own[0].permalink);
        expect(await first.locator('time').getAttribute('datetime')).toBe(own[0].lastReviewed);
        await page.close();
      }
    },
  );

  it('filters by words, category and audience, in a URL an agent can paste', async () => {
    const page = await browser().newPage();
    await open(page, '/articles');
    await page.locator('[data-article-filter]').fill('cancelled');
    await page.waitForURL(/\?q=cancelled$/);
    const cancelled = amzArticles.filter((a) => /cancelled/i.test(a.title)).map((a) => a.kbId);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(await rowsOf(page)).toEqual(cancelled);
    await page.locator('[data-article-filter]').fill('');
    await page.locator('[data-category-filter]').selectOption('approvals');
    expect(await rowsOf(page)).toEqual(amzArticles.filter((a) => a.category === 'approvals').map((a) => a.kbId));
    await open(page, '/articles?audience=approver');
    expect(await rowsOf(page)).toEqual(amzArticles.filter((a) => a.audience.includes('approver')).map((a) => a.kbId));
    await page.locator('[data-article-filter]').fill('no such article');
    expect(await page.locator('main').innerText()).toContain('No article matches');
    await page.close();
  });

  it.runIf(published.length === 1)(
    'is where "Articles" in the navbar and "All articles" in the footer go',
    async () => {
      const page = await browser().newPage();
      await open(page, '/symptoms');
      await page.locator('.navbar__items a.navbar__link', {hasText: /^Articles$/}).click();
      await page.waitForURL((u) => u.pathname === '/articles');
      await page.locator('[data-article-index]').waitFor();
      expect(await page.locator('footer a', {hasText: /^All articles$/}).getAttribute('href')).toBe('/articles');
      // Still marked as the current section on an article.
      await open(page, amzArticles[0].permalink);
      expect(await page.locator('.navbar__items a.navbar__link--active').innerText()).toBe('Articles');
      await page.close();
    },
  );
});

describe('the domains tool answers for a country or domain', () => {
  it('/tools/amazon-domains?q=switzerland: a plain no, and a button copying it with its link', async () => {
    const page = await browser().newPage();
    await open(page, '/tools/amazon-domains?q=switzerland');
    const answer = page.locator('[data-domain-answer]');
    expect(await answer.getAttribute('data-domain-answer')).toBe('no');
    const line = await answer.locator('p').first().innerText();
    expect(line).toMatch(/^No\. Switzerland has no Amazon marketplace of its own\./);
    await answer.locator('button[data-copy-answer]').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe(line);
    expect(copied).toContain(`${readerOrigin}/tools/amazon-domains?q=switzerland`);
    expect(copied).toContain(`${readerOrigin}/kb/AMZ-007#step-1`);
    expect(copied).toContain('international shipping costs');
    expect(await answer.locator('[role="status"]').innerText()).toContain('copied');
    await page.close();
  });

  it('says yes for a supported domain, and plainly when it knows no such place', async () => {
    const page = await browser().newPage();
    await open(page, '/tools/amazon-domains?q=amazon.de');
    expect(await page.locator('[data-domain-answer]').getAttribute('data-domain-answer')).toBe('yes');
    expect(await page.locator('[data-domain-answer] p').first().innerText()).toMatch(/^Yes\. Amazon\.de \(Germany\)/);
    // Typing another name and checking it puts it in the URL.
    await page.locator('[data-domain-query]').fill('Italy');
    await page.locator('[data-domain-query]').press('Enter');
    await page.waitForURL(/\?q=Italy$/);
    expect(await page.locator('[data-domain-answer]').getAttribute('data-domain-answer')).toBe('no');
    await open(page, '/tools/amazon-domains?q=narnia');
    expect(await page.locator('[data-domain-answer]').getAttribute('data-domain-answer')).toBe('unknown');
    expect(await page.locator('[data-copy-answer]').count()).toBe(0);
    await page.close();
  });

  it('is where the search answer for a place sends the reader, keeping the place', async () => {
    const page = await browser().newPage();
    await open(page, '/search?q=Switzerland');
    await page.locator('main [data-place-answer] [data-place-page]').click();
    await page.waitForURL((u) => u.pathname === '/tools/amazon-domains' && u.search === '?q=switzerland');
    expect(await page.locator('[data-domain-answer]').getAttribute('data-domain-answer')).toBe('no');
    await page.close();
  });
});

describe("an article's outline", () => {
  it.each(amzArticles.map((a) => [a.kbId, a] as const))(
    '%s shows the Issue, each cause and each step beside the text at 1280 px, each linking to its anchor',
    async (_, article) => {
      const page = await browser().newPage();
      await open(page, article.permalink);
      const toc = page.locator('.theme-doc-toc-desktop');
      expect(await toc.isVisible()).toBe(true);
      const targets = await toc.locator('a').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      const anchors = [
        'issue',
        ...article.causes.map((c) => c.id),
        ...(article.steps.length ? ['resolution'] : []),
        ...article.steps.map((s) => s.id),
      ];
      expect(targets).toEqual(anchors.map((a) => `#${a}`));
      for (const a of anchors) expect(await page.locator(`[id="${a}"]`).count(), a).toBe(1);
      await page.close();
    },
  );
});
