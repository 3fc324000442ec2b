import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {open, sitemapTimeout} from './browser';
import {pagesToCheck} from './knowledgeBase';
import {sharedBrowser} from './context';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: {target: string[]}[];
}

async function violations(page: Page): Promise<string[]> {
  // A control just clicked may still be fading to its pressed colours (Infima's button
  // transitions): colour contrast is judged on where it settles, not on a frame halfway.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.addScriptTag({path: axePath});
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (ctx: Document, o: object) => Promise<{violations: unknown[]}>}}).axe;
    return (await axe.run(document, {resultTypes: ['violations']})).violations;
  })) as AxeViolation[];
  return found.map((v) => `${page.url()}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('axe-core, %s theme', (colorScheme) => {
  const browser = sharedBrowser({colorScheme});

  it(
    'finds no violation on any page in the sitemap',
    async () => {
      const page = await browser().newPage();
      const all: string[] = [];
      for (const p of pagesToCheck()) {
        await open(page, p);
        expect(await page.getAttribute('html', 'data-theme'), p).toBe(colorScheme);
        all.push(...(await violations(page)));
      }
      expect(all).toEqual([]);
      await page.close();
    },
    sitemapTimeout(5_000, pagesToCheck().length),
  );

  it('finds none in the interactive states: suggestions, results, a troubleshooter outcome, the checker, feedback', async () => {
    const page = await browser().newPage();
    const all: string[] = [];
    await open(page, '/');
    await page.locator('[data-search-input]').fill('order cancelled');
    await page.locator('[role="option"]').first().waitFor();
    all.push(...(await violations(page)));
    await open(page, '/search?q=order%20cancelled');
    await page.waitForSelector('a[data-search-result]');
    all.push(...(await violations(page)));
    await open(page, '/troubleshoot?path=yes.cancelled.payment');
    await page.waitForSelector('[data-troubleshooter] a[data-outcome]');
    all.push(...(await violations(page)));
    await open(page, '/tools/character-check');
    await page.locator('[data-character-input]').fill('José Müller & Søn');
    await page.waitForSelector('mark[data-flagged-char]');
    all.push(...(await violations(page)));
    await open(page, '/articles/order-cancelled?highlight=order%20cancelled');
    await page.waitForSelector('mark[data-search-highlight]');
    all.push(...(await violations(page)));
    await open(page, '/articles/order-not-submitting');
    await page.locator('button[data-feedback="down"]').click(); // the reason form and the thank-you
    await page.waitForSelector('[data-feedback-reason]');
    all.push(...(await violations(page)));
    expect(all).toEqual([]);
    await page.close();
  });
});
