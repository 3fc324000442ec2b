import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {open} from './browser';
import {sharedBrowser} from './context';

const browser = sharedBrowser();

async function answerIds(page: Page): Promise<string[]> {
  return page.locator('button[data-answer]').evaluateAll((els) => els.map((e) => e.getAttribute('data-answer')!));
}

describe('/troubleshoot', () => {
  it('walks every path by clicking, each ending at an outcome whose link lands on an existing element', async () => {
    const page = await browser().newPage();
    const outcomes = new Map<string, string>();
    // Depth-first over the answers the page offers, replaying each path by clicks from the start.
    const pending: string[][] = [[]];
    while (pending.length) {
      const path = pending.pop()!;
      await open(page, '/troubleshoot');
      for (const id of path) {
        await page.locator(`button[data-answer="${id}"]`).click();
      }
      await page.waitForURL(path.length ? new RegExp(`\\?path=${path.join('\\.')}$`) : /\/troubleshoot$/);
      const outcome = page.locator('[data-troubleshooter] a[data-outcome]');
      if (await outcome.count()) {
        outcomes.set(path.join('.'), (await outcome.getAttribute('href'))!);
        continue;
      }
      const ids = await answerIds(page);
      expect(ids.length, `dead end at ${path.join('.')}`).toBeGreaterThan(1);
      for (const id of ids) pending.push([...path, id]);
    }
    expect(outcomes.size).toBeGreaterThanOrEqual(8);
    const articles = new Set([...outcomes.values()].map((h) => h.split('#')[0]));
    expect(articles.size).toBe(8);
    for (const href of new Set(outcomes.values())) {
      await open(page, href);
      const [, anchor] = href.split('#');
      expect(await page.locator('[data-kb-id]').count(), href).toBe(1);
      if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), href).toBe(1);
    }
    await page.close();
  });

  it('shares a path through the URL, goes back and starts over', async () => {
    const page = await browser().newPage();
    await open(page, '/troubleshoot?path=yes.not-received.yes');
    expect(await page.locator('#tq-current').innerText()).toMatch(/Test Mode/);
    expect(await page.locator('[aria-label="Your answers"] li').count()).toBe(3);
    await page.locator('[data-troubleshooter-back]').click();
    await page.waitForURL(/\?path=yes\.not-received$/);
    expect(await page.locator('#tq-current').innerText()).toMatch(/final approver/);
    await page.locator('button[data-answer="no"]').click();
    const outcome = page.locator('[data-troubleshooter] a[data-outcome]');
    expect(await outcome.getAttribute('href')).toBe('/articles/order-not-submitting#cause-final-approval');
    await page.locator('[data-troubleshooter-restart]').click();
    await page.waitForURL(/\/troubleshoot$/);
    expect(await page.locator('#tq-current').innerText()).toMatch(/Can the user see the Amazon option/);
    await page.close();
  });

  it('works by keyboard alone and moves focus to the next question', async () => {
    const page = await browser().newPage();
    await open(page, '/troubleshoot');
    await page.locator('button[data-answer="yes"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?path=yes$/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tq-current');
    await page.close();
  });
});
