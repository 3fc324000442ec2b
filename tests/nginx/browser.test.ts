import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {BrowserContext} from 'playwright-core';
import {launch, open, watch} from '../e2e/browser';
import {pagePaths} from './support';
import {recordCspViolations, violations} from './csp';

const baseURL = inject('baseURL');
const nginx = inject('nginx');
const base = nginx.baseUrl;

let context: BrowserContext;
beforeAll(async () => {
  context = await launch({baseURL});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: baseURL});
  // Registered before any script of the page runs, so violations during parsing count too.
  await recordCspViolations(context);
});
afterAll(() => context?.close());

describe('under the production CSP', () => {
  it('the policy is enforced: an injected inline script and eval() are refused and reported', async () => {
    const page = await context.newPage();
    // A script from the site's own origin (allowed by 'self') that tries eval: the page's CSP still applies to it.
    await page.route(`${baseURL}${base}csp-probe.js`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { eval('1'); window.evalResult = 'ran'; } catch (e) { window.evalResult = e.name; }",
      }),
    );
    await open(page, `${base}symptoms`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    await page.addScriptTag({url: `${base}csp-probe.js`});
    expect(
      await page.evaluate(() => ({
        injected: 'injected' in window,
        evalResult: (window as unknown as {evalResult: string}).evalResult,
      })),
    ).toEqual({
      injected: false,
      evalResult: 'EvalError',
    });
    await expect
      .poll(() => violations(page))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline/),
          expect.stringMatching(/^script-src blocked eval/),
        ]),
      );
    await page.close();
  });

  it('every page in the sitemap loads and hydrates with no violation and no console error', async () => {
    const paths = pagePaths(nginx);
    expect(paths.length).toBeGreaterThanOrEqual(13);
    const page = await context.newPage();
    const w = watch(page, baseURL);
    for (const p of paths) {
      const response = await page.goto(p, {waitUntil: 'networkidle'});
      expect(response?.status(), p).toBe(200);
      expect(response?.headers()['content-security-policy'], p).toBe(nginx.csp);
      await page.waitForSelector('html[data-kb-ready="true"]', {timeout: 15_000});
      expect(await violations(page), p).toEqual([]);
      // The theme's inline scripts ran (color mode) and its hidden SVG sprite stayed hidden (hashed style attribute).
      expect(await page.getAttribute('html', 'data-theme'), p).toMatch(/^(light|dark)$/);
      expect(
        await page
          .locator('body > svg')
          .first()
          .evaluate((svg) => getComputedStyle(svg).display),
        p,
      ).toBe('none');
    }
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await page.close();
  });

  it('client-side navigation between pages raises no violation', async () => {
    const page = await context.newPage();
    const w = watch(page, baseURL);
    await open(page, base);
    await page.locator('nav a[href$="/symptoms"]').first().click();
    await page.waitForURL(/\/symptoms$/);
    await page.locator(`main a[href^="${base}articles/"]`).first().click();
    await page.waitForURL(/\/articles\//);
    await page.locator('[data-kb-id]').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('search works: navbar suggestions and the /search page', async () => {
    const page = await context.newPage();
    const w = watch(page, baseURL);
    await open(page, base);
    await page.locator('[data-search-input]').fill('Order Cancelled');
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    expect(await option.getAttribute('data-search-suggestion')).toBe('AMZ-003');

    await open(page, `${base}search?q=Order%20Cancelled`);
    await page.waitForSelector('[data-search-status="done"]');
    expect(await page.locator('a[data-search-result]').first().getAttribute('data-kb-result')).toBe('AMZ-003');
    expect(await violations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('copy buttons write to the clipboard through the Clipboard API', async () => {
    const page = await context.newPage();
    const w = watch(page, baseURL);
    // Record what the async Clipboard API did: copyText() would fall back to execCommand if it were refused.
    await page.addInitScript(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      const log: string[] = ((window as unknown as {clipboardLog: string[]}).clipboardLog = []);
      navigator.clipboard.writeText = (text) =>
        write(text).then(
          () => void log.push(`ok ${text}`),
          (e: Error) => Promise.reject(log.push(`refused ${e.name}`) && e),
        );
    });
    await open(page, `${base}articles/order-not-submitting`);
    const button = page.locator('button[data-copy-link="#cause-test-mode"]');
    await button.click();
    await expect.poll(() => button.innerText()).toContain('Copied');
    const log = await page.evaluate(() => (window as unknown as {clipboardLog: string[]}).clipboardLog);
    expect(log).toEqual([expect.stringMatching(/^ok .*\/kb\/AMZ-002#cause-test-mode$/)]);

    // The site's Permissions-Policy denies clipboard-read, so read it back from a page of another origin.
    const readerOrigin = baseURL.replace('127.0.0.1', 'localhost');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: readerOrigin});
    const reader = await context.newPage();
    await reader.route(`${readerOrigin}/clipboard`, (route) =>
      route.fulfill({contentType: 'text/html', body: '<!doctype html><title>clipboard</title>'}),
    );
    await reader.goto(`${readerOrigin}/clipboard`);
    await reader.bringToFront();
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(log[0].slice(3));
    await reader.close();

    expect(await violations(page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('the 404 page renders, and its search form submits to /search (form-action)', async () => {
    const page = await context.newPage();
    const w = watch(page, baseURL);
    const response = await page.goto(`${base}no-such-page`, {waitUntil: 'load'});
    expect(response?.status()).toBe(404);
    await page.waitForSelector('html[data-kb-ready="true"]');
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await page.locator('#not-found-search').fill('declined payment');
    await page.locator('form[role="search"] button[type="submit"]').click();
    await page.waitForURL(/\/search\?q=declined\+payment$/);
    await page.waitForSelector('[data-search-status="done"]');
    expect(await page.locator('a[data-search-result]').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    // The browser logs the 404 status of the document itself; nothing else.
    expect(w.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    await page.close();
  });

  it('a short link in any case lands on the article through one server redirect', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${base}kb/Amz-003`, {waitUntil: 'load'});
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${base}articles/order-cancelled`);
    const first = response!.request().redirectedFrom();
    expect(first?.url()).toBe(`${baseURL}${base}kb/Amz-003`);
    expect((await first!.response())?.status()).toBe(301);
    await page.close();
  });

  it('without JavaScript, a short link to a step keeps its fragment: /kb/AMZ-002#step-2 opens at step 2', async () => {
    const noJs = await launch({baseURL, javaScriptEnabled: false});
    const page = await noJs.newPage();
    await page.goto(`${base}kb/AMZ-002#step-2`, {waitUntil: 'load'});
    expect(page.url()).toBe(`${baseURL}${base}articles/order-not-submitting#step-2`);
    expect(await page.locator('#step-2').evaluate((el) => el.matches(':target'))).toBe(true);
    await noJs.close();
  });
});
