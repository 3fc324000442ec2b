import {describe, expect, inject, it} from 'vitest';
import {open} from './browser';
import {sharedBrowser} from './context';
import {amzArticles} from './knowledgeBase';

const siteUrl = 'https://kb.example.com'; // the default SITE_URL the test build uses: canonical and og URLs
// Copied and mailed links use the origin the reader is on: the test server's http://127.0.0.1:PORT.
const readerOrigin = new URL(inject('baseURL')).origin;
const articles = amzArticles;
const browser = sharedBrowser({clipboard: true});

describe('short links', () => {
  it.each(articles.map((a) => [a.kbId, a.permalink]))(
    '/kb/%s lands on the article in any letter case',
    async (kbId, permalink) => {
      const page = await browser().newPage();
      const mixed = kbId.charAt(0) + kbId.slice(1).toLowerCase(); // Amz-003
      for (const variant of [kbId, kbId.toLowerCase(), mixed]) {
        await page.goto(`/kb/${variant}`);
        await page.waitForURL((u) => u.pathname === permalink, {timeout: 10_000});
        expect(await page.getAttribute('[data-kb-id]', 'data-kb-id'), variant).toBe(kbId);
      }
      await page.close();
    },
  );

  it('a short link keeps the query and the step it names, and Back skips the redirect page', async () => {
    const page = await browser().newPage();
    const [{kbId, permalink}] = articles;
    await open(page, '/symptoms');
    await page.goto(`/kb/${kbId.toLowerCase()}?from=ticket#step-1`);
    await page.waitForURL((u) => u.pathname === permalink, {timeout: 10_000});
    const url = new URL(page.url());
    expect([url.search, url.hash]).toEqual(['?from=ticket', '#step-1']);
    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/symptoms', {timeout: 10_000});
    await page.close();
  });
});

describe('copy buttons', () => {
  it('copy the short link of a cause, the resolution and a step, name what they copy, and say so', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/order-not-submitting');
    const clip = () => page.evaluate(() => navigator.clipboard.readText());
    expect(readerOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/); // not the SITE_URL host

    await page.locator('button[data-copy-link="#cause-test-mode"]').click();
    // The short link survives a renamed slug; on the origin the reader is on.
    expect(await clip()).toBe(`${readerOrigin}/kb/AMZ-002#cause-test-mode`);
    expect(await page.locator('#cause-test-mode [role="status"]').innerText()).toContain('copied');
    expect(await page.locator('button[data-copy-link="#cause-test-mode"]').innerText()).toContain('Copied');

    await page.locator('button[data-copy-link="#resolution"]').click();
    expect(await clip()).toBe(`${readerOrigin}/kb/AMZ-002#resolution`);
    // Each button says what it copies, to the eye and to a screen reader: the resolution's and step 1's differ.
    const resolution = page.locator('button[data-copy-link="#resolution"]');
    const step1 = page.locator('button[data-copy-link="#step-1"]');
    await page.waitForTimeout(2600); // the "Copied" confirmation goes after 2.5 s
    expect([await resolution.innerText(), await step1.innerText()]).toEqual(['Link to resolution', 'Link to step 1']);
    expect(await step1.getAttribute('aria-label')).toBe('Copy link to Step 1');
    expect(await page.locator('button[data-copy-link="#cause-test-mode"]').getAttribute('aria-label')).toBe(
      'Copy link to Cause: The integration is stuck in Test Mode',
    );

    // The step's button is shown without hover (touch screens have none) and works from the keyboard.
    const stepButton = page.locator('button[data-copy-link="#step-2"]');
    await expect.poll(() => stepButton.isVisible()).toBe(true);
    expect(await stepButton.evaluate((b) => getComputedStyle(b.parentElement!).opacity)).toBe('1');
    await stepButton.focus();
    await page.keyboard.press('Enter');
    await page.locator('#step-2 [role="status"]').filter({hasText: 'copied'}).waitFor();
    expect(await clip()).toBe(`${readerOrigin}/kb/AMZ-002#step-2`);
    await page.close();
  });

  it('"Copy for ticket" copies ID, title, link and numbered steps, as text and as Markdown', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/cancelled-orders-ship');
    await page.locator('button[data-copy-ticket="text"]').click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n')).toEqual([
      'AMZ-006: Cancelled Purchase Orders still ship',
      `${readerOrigin}/kb/AMZ-006`,
      '',
      'Resolution steps:',
      `1. Log in directly to your Amazon Business account. (${readerOrigin}/kb/AMZ-006#step-1)`,
      `2. Locate the specific order in your order history and manually cancel it before it ships. (${readerOrigin}/kb/AMZ-006#step-2)`,
    ]);
    await page.locator('button[data-copy-ticket="markdown"]').click();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    expect(md).toContain(`**[AMZ-006: Cancelled Purchase Orders still ship](${readerOrigin}/kb/AMZ-006)**`);
    expect(md).toContain(
      `2. Locate the specific order in your order history and manually cancel it before it ships. ([link](${readerOrigin}/kb/AMZ-006#step-2))`,
    );
    await page.close();
  });

  it('"Still stuck?" pre-fills a message with the KB ID and the steps tried', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/order-cancelled');
    await page.getByLabel('Step 2', {exact: true}).check();
    const href = (await page.locator('a[data-contact-support]').getAttribute('href'))!;
    expect(href.startsWith('mailto:punchout-support@example.com?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Still stuck after AMZ-003: Orders display as "Cancelled" in Procurify');
    expect(params.get('body')).toContain('Step 2: Instruct the original Requester to log into Amazon');
    expect(params.get('body')).not.toContain('Step 1:');
    expect(params.get('body')).toContain(`${readerOrigin}/kb/AMZ-003`);
    await page.close();
  });
});

describe('link previews', () => {
  it.each(articles.map((a) => [a.kbId, a]))(
    '%s has canonical, Open Graph tags and JSON-LD that parses',
    async (_, a) => {
      const page = await browser().newPage();
      await page.goto(a.permalink);
      const url = `${siteUrl}${a.permalink}`;
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe(url);
      expect(await page.getAttribute('meta[property="og:type"]', 'content')).toBe('article');
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toContain(a.title);
      expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBe(a.description);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const graph = blocks.map((b) => JSON.parse(b)).flatMap((j) => j['@graph'] ?? [j]);
      const article = graph.find((n) => n['@type'] === 'TechArticle');
      expect(article).toMatchObject({headline: a.title, identifier: a.kbId, url});
      const howTo = graph.find((n) => n['@type'] === 'HowTo');
      expect(howTo.step.map((s: {url: string}) => s.url)).toEqual(a.steps.map((s) => `${url}#${s.id}`));
      await page.close();
    },
  );
});

describe('prefetching the pages linked', () => {
  it('still fetches the code of the next article ahead, once the page is idle, and opens it from there', async () => {
    const page = await browser().newPage();
    const prefetched = new Set<string>();
    page.on('requestfinished', (r) => {
      if (r.headers()['sec-purpose']?.includes('prefetch')) prefetched.add(new URL(r.url()).pathname);
    });
    await open(page, '/articles/order-not-submitting');
    // Docusaurus prefetches the chunks of links in view; src/clientModules/idlePrefetch.ts moves that to idle time.
    await expect.poll(() => prefetched.size, {timeout: 15_000}).toBeGreaterThan(0);
    expect([...prefetched].every((p) => p.startsWith('/assets/'))).toBe(true);
    const next = page.locator('a.pagination-nav__link--next');
    const target = new URL((await next.getAttribute('href'))!, page.url()).pathname;
    await next.click();
    await page.waitForURL((u) => u.pathname === target);
    await page.locator('[data-kb-id]').waitFor();
    await page.close();
  });
});
