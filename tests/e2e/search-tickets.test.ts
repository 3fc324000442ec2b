import {describe, expect, inject, it} from 'vitest';
import {open, watch} from './browser';
import {sharedBrowser} from './context';

const baseURL = inject('baseURL');
const readerOrigin = new URL(baseURL).origin;
const browser = sharedBrowser({clipboard: true});

/** A customer's message as it reaches a ticket: greeting, names, numbers, signature. Ours, not from any query set. */
const message = [
  'Hello Support,',
  '',
  "Hope you're well. Quick one from our Denver warehouse team: on PO-44821 every line now shows " +
    '"Order Cancelled", and when I hover over it the reason says the card on file was declined. ' +
    'We re-entered the card last Tuesday and nothing changed.',
  '',
  'Could you advise how to get these supplies reordered? Our site manager needs them by Friday.',
  '',
  'Many thanks,',
  'Priya Raman',
  'Procurement Lead, Northwind Labs',
  '+1 303 555 0142 | priya.raman@northwind.example',
].join('\n');

/** A problem no article covers, in words close to theirs. */
const uncovered =
  'Hi team, since this morning the Amazon PunchOut page shows "We\'re sorry, there was a problem with your ' +
  'PunchOut session" for everyone in the office. Thanks, Omar';

// The published guide's articles: a generated knowledge base (npm run test:multi) has others that compete.
describe.skipIf(process.env.KB_DOCS_DIR)('a whole customer message pasted into search', () => {
  it('the navbar box takes the whole paste and its first suggestion opens the cause it describes', async () => {
    const page = await browser().newPage();
    const w = watch(page, baseURL);
    await open(page, '/');
    const box = page.locator('.navbar input[type="search"]');
    await box.fill(message);
    // All of it: a one-line box turns the paste's line breaks into spaces, and cuts nothing.
    const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(oneLine(await box.inputValue())).toBe(oneLine(message));
    const first = page.locator('[role="option"][data-search-suggestion]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-search-suggestion')).toBe('AMZ-003');
    await first.click();
    await page.waitForURL((u) => u.pathname === '/articles/order-cancelled' && u.hash === '#cause-payment-declined');
    // The cause's heading is on screen: the reader lands on it, not at the top of the article.
    const heading = page.locator('#cause-payment-declined-title');
    await heading.waitFor();
    await expect
      .poll(() =>
        heading.evaluate((h) => h.getBoundingClientRect().top >= 0 && h.getBoundingClientRect().top < innerHeight),
      )
      .toBe(true);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('/search answers it at the cause, says it is an answer, and copies the short link to that cause', async () => {
    const page = await browser().newPage();
    await open(page, `/search?q=${encodeURIComponent(message)}`);
    await page.waitForSelector('[data-search-status="done"]');
    expect(await page.getAttribute('[data-search-state]', 'data-search-state')).toBe('answer');
    const first = page.locator('a[data-search-result]').first();
    expect(await first.getAttribute('data-kb-result')).toBe('AMZ-003');
    expect(await first.getAttribute('href')).toMatch(
      /^\/articles\/order-cancelled\?highlight=[^#]*#cause-payment-declined$/,
    );
    // The result names the cause and shows the sentence that matched.
    const item = page.locator('li', {has: first});
    expect(await item.innerText()).toContain('Cause: The payment method was declined');
    await item.locator('button[data-copy-link]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${readerOrigin}/kb/AMZ-003#cause-payment-declined`,
    );
    await first.click();
    await page.waitForURL((u) => u.hash === '#cause-payment-declined');
    await page.close();
  });

  it('a problem no article covers is said plainly, with what it matched on and the ways on, the query carried', async () => {
    const page = await browser().newPage();
    await open(page, `/search?q=${encodeURIComponent(uncovered)}`);
    await page.waitForSelector('[data-search-status="done"]');
    expect(await page.getAttribute('[data-search-state]', 'data-search-state')).not.toBe('answer');
    const help = page.locator('[data-weak-results], [data-no-results]').first();
    expect(await help.innerText()).toMatch(/^No article (clearly answers|matches)/);
    const symptoms = await help.locator('a[href^="/symptoms?q="]').getAttribute('href');
    expect(decodeURIComponent(symptoms!.slice('/symptoms?q='.length))).toBe(uncovered);
    expect(await help.locator('a[href="/troubleshoot"]').count()).toBe(1);
    const contact = decodeURIComponent((await help.locator('a[href^="mailto:"]').getAttribute('href'))!);
    expect(contact).toContain('problem with your PunchOut session');
    await page.close();
  });

  it('KB IDs as agents type them find their article first', async () => {
    const page = await browser().newPage();
    for (const q of ['amz 3', 'amz003', 'AMZ3', '#AMZ-003']) {
      await open(page, `/search?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('[data-search-status="done"]');
      expect(await page.locator('a[data-search-result]').first().getAttribute('data-kb-result'), q).toBe('AMZ-003');
    }
    await page.close();
  });
});
