import {describe, expect, it} from 'vitest';
import {open, watch} from './browser';
import {sharedBrowser} from './context';
import {inject} from 'vitest';

const baseURL = inject('baseURL');
const article = '/articles/order-not-submitting';

describe('article feedback on a static host (nothing records at /_feedback)', () => {
  const browser = sharedBrowser();

  it('works by keyboard: No, a reason, Send; the thank-you is announced and no error is logged', async () => {
    const page = await browser().newPage();
    const w = watch(page, baseURL);
    await open(page, article);
    const no = page.locator('button[data-feedback="down"]');
    await no.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => no.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('[data-feedback-reason]').isVisible()).toBe(true);
    await page.keyboard.press('Tab'); // the first reason
    await page.keyboard.press('Space');
    expect(await page.locator('[data-feedback-reason] input[type=radio]').first().isChecked()).toBe(true);
    await page.locator('[data-feedback-reason] textarea').focus();
    await page.keyboard.type('Step 2 shows another screen');
    await page.keyboard.press('Tab'); // Send
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-feedback-send'))).toBe(true);
    await page.keyboard.press('Enter');
    const status = page.locator('[data-article-feedback] [role="status"]');
    await expect.poll(() => status.innerText()).toBe('Thank you. Your reason was sent.');
    expect(await page.locator('[data-feedback-reason]').count()).toBe(0);
    // The form went away: focus is back on No, not lost on the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-feedback'))).toBe('down');
    await page.waitForTimeout(500); // time for a beacon, if one were sent
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    // The build's feedback.json says nothing records here: asked, and nothing posted.
    expect(w.requests.filter((u) => u.endsWith('/feedback.json'))).toHaveLength(1);
    expect(w.requests.filter((u) => u.includes('/_feedback'))).toEqual([]);
    await page.close();
  });

  it('remembers the vote per article in this browser and lets it change', async () => {
    const page = await browser().newPage();
    const w = watch(page, baseURL);
    await open(page, '/articles/order-cancelled');
    await page.locator('button[data-feedback="up"]').click();
    await expect
      .poll(() => page.locator('[data-article-feedback] [role="status"]').innerText())
      .toBe('Thank you. Glad it solved it.');
    await open(page, '/articles/order-cancelled');
    expect(await page.locator('button[data-feedback="up"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-article-feedback]').innerText()).toContain('Your answer: Yes');
    await page.locator('button[data-feedback="down"]').click();
    await expect.poll(() => page.locator('button[data-feedback="down"]').getAttribute('aria-pressed')).toBe('true');
    await page.locator('[data-feedback-skip]').click();
    await expect
      .poll(() => page.locator('[data-article-feedback] [role="status"]').innerText())
      .toBe('Thank you for telling us.');
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('a search that finds nothing, left in place, changes nothing on the page and logs no error', async () => {
    const page = await browser().newPage();
    const w = watch(page, baseURL);
    await open(page, '/');
    await page.locator('[data-search-input]').fill('zzqx nothing matches this');
    await page.waitForTimeout(1500);
    await page.locator('[data-search-input]').blur();
    expect(w.errors).toEqual([]);
    expect(w.requests.filter((u) => u.includes('/_feedback'))).toEqual([]);
    await page.close();
  });
});

describe('article feedback without JavaScript', () => {
  const browser = sharedBrowser({javaScriptEnabled: false});

  it('shows no feedback buttons', async () => {
    const page = await browser().newPage();
    await page.goto(article);
    expect(await page.locator('button[data-feedback]').count()).toBe(2); // in the HTML…
    expect(await page.locator('button[data-feedback="up"]').isVisible()).toBe(false); // …but hidden
    expect(await page.locator('[data-article-feedback]').isVisible()).toBe(false);
    await page.close();
  });
});
