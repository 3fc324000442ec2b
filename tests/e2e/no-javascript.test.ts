import {describe, expect, inject, it} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {withDeadline} from '../../scripts/deadline';
import {sitemapTimeout} from './browser';
import {sharedBrowser} from './context';
import {contentWords, pageWords, readGuide} from '../support/guide';
import {amzArticles, pagesToCheck} from './knowledgeBase';

const baseURL = inject('baseURL');
const browser = sharedBrowser({javaScriptEnabled: false});
/** A phone in dark mode: the controls a narrow screen shows instead (the menu, a collapsed table of contents). */
const phone = sharedBrowser({
  javaScriptEnabled: false,
  colorScheme: 'dark',
  touch: true,
  viewport: {width: 390, height: 844},
});

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

  it(
    'every page in the sitemap is readable: a heading and its content, with no request leaving the site',
    async () => {
      const page = await browser().newPage();
      const external: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(baseURL)) external.push(r.url());
      });
      for (const p of pagesToCheck()) {
        const response = await page.goto(p);
        expect(response?.status(), p).toBe(200);
        expect((await page.locator('h1').first().innerText()).trim().length, p).toBeGreaterThan(0);
        expect((await page.locator('main').first().innerText()).length, p).toBeGreaterThan(100);
      }
      expect(external).toEqual([]);
      await page.close();
    },
    sitemapTimeout(3_000),
  );

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

  it('the sidebar leads to every article, grouped by category', async () => {
    const page = await browser().newPage();
    const sidebarLinks = async (path: string) => {
      await page.goto(path);
      const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
      return sidebar.locator('a[href^="/articles/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    };
    // A small guide lists every article on each page; a large one lists its ranges, each heading a link to the
    // range's first page, whose sidebar lists the range: every article is a link or two away.
    const reached = new Set(await sidebarLinks('/articles/order-cancelled'));
    expect(await page.locator('nav[aria-label="Docs sidebar"]').innerText()).toContain('Order status');
    const queue = reached.size === amzArticles.length ? [] : [...reached];
    for (let next = queue.shift(); next; next = queue.shift())
      for (const href of await sidebarLinks(next)) if (!reached.has(href)) queue.push(reached.add(href) && href);
    expect([...reached].sort()).toEqual(amzArticles.map((a) => a.permalink).sort());
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

  it.each([
    ['on a desktop', browser],
    ['on a 390 px phone in dark mode', phone],
  ] as const)(
    'every visible control works %s: each button does something, each form goes somewhere',
    {timeout: sitemapTimeout(8_000, pagesToCheck().length)},
    async (_, context) => {
      const dead: string[] = [];
      let tried = 0;
      for (const p of pagesToCheck()) {
        // Each page in a tab of its own, under a deadline: Chromium once stopped answering one call (no
        // Playwright call of its own timed out) and the whole test waited for ever. A page that does not
        // answer is tried once more in a new tab, then fails with its path.
        const result = await withDeadline(controlsOf(context(), p), pageDeadline, p).catch(() =>
          withDeadline(controlsOf(context(), p), pageDeadline, p),
        );
        dead.push(...result.dead);
        tried += result.tried;
      }
      expect(dead).toEqual([]);
      expect(tried).toBeGreaterThan(pagesToCheck().length); // at least the navbar search form of every page
    },
  );

  it('the navbar search goes to /search?q=…, which says where to look without JavaScript', async () => {
    const page = await browser().newPage();
    await page.goto('/articles/order-cancelled');
    const box = page.getByRole('combobox', {name: 'Search the knowledge base'});
    await box.fill('Order Cancelled');
    await Promise.all([page.waitForURL(/\/search\?q=Order\+Cancelled$/), box.press('Enter')]);
    const help = page.locator('main p', {hasText: 'needs JavaScript'});
    expect(await help.isVisible()).toBe(true);
    expect(await page.locator('main a[href="/symptoms"]').first().isVisible()).toBe(true);
    await page.close();
  });

  it('copy buttons, step checkboxes and the symptom filter are hidden rather than dead', async () => {
    const page = await browser().newPage();
    await page.goto('/articles/order-not-submitting');
    expect(await page.locator('[data-copy-link]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-copy-link]:visible, [data-copy-ticket]:visible').count()).toBe(0);
    expect(await page.locator('input[type="checkbox"]:visible').count()).toBe(0);
    // "Still stuck?" is a plain link, so it stays, and names the page; never the placeholder host of an unset SITE_URL.
    const contact = page.locator('a[data-contact-support]');
    expect(await contact.isVisible()).toBe(true);
    const body = decodeURIComponent((await contact.getAttribute('href')) ?? '');
    expect(body).toContain('/kb/AMZ-002'); // its short link, which outlives a renamed slug
    expect(body).not.toContain('kb.example.com');
    await page.goto('/symptoms');
    expect(await page.locator('[data-symptom-filter]:visible, [data-audience-filter]:visible').count()).toBe(0);
    await page.close();
  });
});

/** Longest one page's controls may take: a few seconds each, a minute in all. */
const pageDeadline = 60_000;

/**
 * Clicks each visible button of `path` (from a fresh load each time) and
 * submits each visible form, in a new tab; returns those that did nothing.
 */
async function controlsOf(context: BrowserContext, path: string): Promise<{dead: string[]; tried: number}> {
  const page = await context.newPage();
  // A control that is gone after a reload must fail with its name, not wait for ever.
  page.setDefaultTimeout(20_000);
  const controls = 'button:visible, [role="button"]:visible, input[type="submit"]:visible';
  const dead: string[] = [];
  let tried = 0;
  const state = async () => `${page.url()}\n${await page.locator('body').innerText()}`;
  try {
    await page.goto(path);
    const buttons = await page.locator(controls).count();
    for (let i = 0; i < buttons; i++) {
      await page.goto(path);
      const control = page.locator(controls).nth(i);
      const name = `${path}: ${(await control.getAttribute('aria-label')) ?? (await control.innerText())}`;
      const before = await state();
      await control.click({timeout: 5_000});
      await page.waitForLoadState('load');
      if ((await state()) === before) dead.push(`${name} did nothing`);
      tried++;
    }
    const forms = await page.locator('form:visible').count();
    for (let i = 0; i < forms; i++) {
      await page.goto(path);
      const field = page.locator('form:visible').nth(i).locator('input[type="search"], input[type="text"]').first();
      await field.fill('order cancelled');
      await Promise.all([page.waitForEvent('framenavigated'), field.press('Enter')]);
      const url = new URL(page.url());
      if (url.pathname === path && !url.search) dead.push(`${path}: form ${i + 1} went nowhere`);
      else if (url.pathname.endsWith('/search') && url.searchParams.get('q') !== 'order cancelled')
        dead.push(`${path}: form ${i + 1} lost the query (${url.search})`);
      tried++;
    }
    return {dead, tried};
  } finally {
    // Not awaited: closing a tab that stopped answering would hang here instead.
    void page.close().catch(() => undefined);
  }
}
