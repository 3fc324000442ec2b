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
      // The URL leads the render: wait until the trail shows every answer given.
      await page.waitForFunction(
        (n) => document.querySelectorAll('[aria-label="Your answers"] li').length === n,
        path.length,
      );
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
    // Each "Change" says which question it changes, to a screen reader.
    const changes = page.getByRole('button', {name: /^Change your answer to “.+”$/});
    expect(await changes.count()).toBe(3);
    expect(await page.getByRole('button', {name: 'Change', exact: true}).count()).toBe(0);
    const first = await page.locator('[aria-label="Your answers"] li').first().innerText();
    expect(
      first.startsWith((await changes.first().getAttribute('aria-label'))!.slice('Change your answer to “'.length, -1)),
    ).toBe(true);
    await page.locator('[data-troubleshooter-back]').click();
    await page.waitForURL(/\?path=yes\.not-received$/);
    await page.locator('#tq-current', {hasText: /final approver/}).waitFor({timeout: 10_000});
    await page.locator('button[data-answer="no"]').click();
    const outcome = page.locator('[data-troubleshooter] a[data-outcome]');
    expect(await outcome.getAttribute('href')).toBe('/articles/order-not-submitting#cause-final-approval');
    await page.locator('[data-troubleshooter-restart]').click();
    await page.waitForURL(/\/troubleshoot$/);
    await page.locator('#tq-current', {hasText: /Can the user see the Amazon option/}).waitFor({timeout: 10_000});
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

  it('answers that rule out every cause of AMZ-002 say so and offer the symptom index and "Still stuck?"', async () => {
    const page = await browser().newPage();
    // Approved, Test Mode off, no special characters, pop-up not closed.
    await open(page, '/troubleshoot?path=yes.not-received.yes.yes.no.no');
    expect(await page.locator('#tq-current').innerText()).toBe('Your answers rule out this article');
    const card = page.locator('[data-outcome-ruled-out="AMZ-002"]');
    const text = await card.innerText();
    for (const cause of ['Test Mode', 'final approval', 'pop-up window was closed'])
      expect(text, cause).toContain(cause);
    expect(text).not.toMatch(/go through every cause/i);
    expect(await card.locator('a[href="/symptoms"]').isVisible()).toBe(true);
    const href = (await card.locator('a[data-contact-support]').getAttribute('href'))!;
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toContain('AMZ-002');
    const body = params.get('body')!;
    // The answers given, in order, and the page they were given on (the reader's origin, answers included).
    expect(body).toContain('Has the final approver approved it? Yes, it is fully approved');
    expect(body).toContain('Is Test Mode toggled off for the integration? Yes, Test Mode is off');
    expect(body).toMatch(/contain accents or symbols\? No\n/);
    expect(body).toContain('before adding the Account Code and clicking Submit? No');
    expect(body).toContain(`${new URL(page.url()).origin}/troubleshoot?path=yes.not-received.yes.yes.no.no`);
    await page.close();
  });

  it('the special-characters question links to the checker', async () => {
    const page = await browser().newPage();
    await open(page, '/troubleshoot?path=yes.not-received.yes.yes');
    const link = page.getByRole('link', {name: /special-character checker/});
    await link.click();
    await page.waitForURL(/\/tools\/character-check$/);
    // The URL changes before the next page has rendered (its chunk may still be loading): wait for its heading.
    await page.locator('h1', {hasText: /character/i}).waitFor({timeout: 10_000});
    await page.close();
  });
});

describe('a cause the guide gives no step for', () => {
  it('says so on the article, points to the step that applies, and offers "Still stuck?" with the KB ID and cause', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/order-cancelled');
    const note = page.locator('#cause-delivery-restrictions [data-no-fix]');
    expect(await note.innerText()).toMatch(/^This guide has no step that fixes this cause\. Start with step 1\./);
    expect(await note.locator('a[href="#step-1"]').count()).toBe(1);
    const href = decodeURIComponent((await note.locator('a[data-no-fix-contact]').getAttribute('href'))!);
    expect(href).toContain('Still stuck: AMZ-003, The location has delivery restrictions');
    expect(href).toContain('/kb/AMZ-003#cause-delivery-restrictions');
    // A cause a step fixes has no such note.
    expect(await page.locator('#cause-out-of-stock [data-no-fix]').count()).toBe(0);
    await page.close();
  });

  it('the troubleshooter’s outcome says so too, with the answers filled into "Still stuck?"', async () => {
    const page = await browser().newPage();
    await open(page, '/troubleshoot?path=yes.cancelled.timeout');
    const note = page.locator('[data-troubleshooter] [data-outcome-no-fix]');
    await note.waitFor();
    expect(await note.innerText()).toMatch(
      /^The guide has no step that fixes this cause\. Start with Step 1 of the article\./,
    );
    const body = decodeURIComponent((await note.locator('a[data-contact-support]').getAttribute('href'))!);
    expect(body).toContain('cause: The browser session timed out, which has no step in the knowledge base');
    expect(body).toContain('My answers:');
    await page.close();
  });
});
