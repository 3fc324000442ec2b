import {describe, expect, inject, it} from 'vitest';
import type {Page} from 'playwright-core';
import {open, watch} from './browser';
import {sharedBrowser} from './context';

const baseURL = inject('baseURL');
const browser = sharedBrowser({clipboard: true});

async function check(page: Page, text: string) {
  await page.locator('[data-character-input]').fill(text);
  await page.locator('[data-flagged-count]').filter({hasText: /\S/}).waitFor();
  return {
    marked: await page.locator('mark[data-flagged-char]').allInnerTexts(),
    items: await page.locator('[data-flagged-char-item]').allInnerTexts(),
    cleaned: await page.locator('output[data-cleaned]').innerText(),
    count: await page.locator('[data-flagged-count]').innerText(),
  };
}

describe('the special-character checker', () => {
  it('highlights each character of "José Müller & Søn" with its name and code point, and cleans it', async () => {
    const page = await browser().newPage();
    const w = watch(page, baseURL);
    await open(page, '/tools/character-check');
    const r = await check(page, 'José Müller & Søn');
    expect(r.marked).toEqual(['é', 'ü', '&', 'ø']);
    expect(r.items[0]).toContain('U+00E9');
    expect(r.items[0]).toContain('LATIN SMALL LETTER E WITH ACUTE');
    expect(r.items[2]).toContain('U+0026');
    expect(r.count).toBe('4 characters to fix');
    expect(r.cleaned).toBe('Jose Muller and Son');
    await page.locator('[data-copy-cleaned]').click();
    await page.getByRole('status').filter({hasText: 'Copied'}).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Jose Muller and Son');
    // Nothing typed is sent anywhere: no request at all after the page loaded.
    const before = w.requests.length;
    await check(page, 'Straße 5, Zürich');
    expect(w.requests.length).toBe(before);
    await page.close();
  });

  it('folds "Straße 5, Zürich" inside the AMZ-008 article', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/amazon-not-receiving-orders');
    const r = await check(page, 'Straße 5, Zürich');
    expect(r.marked).toEqual(['ß', 'ü']);
    expect(r.items[0]).toContain('U+00DF');
    expect(r.cleaned).toBe('Strasse 5, Zurich');
    await page.close();
  });

  it('finds nothing to fix in a plain address', async () => {
    const page = await browser().newPage();
    await open(page, '/tools/character-check');
    const r = await check(page, '123 Main St., Suite 4');
    expect(r.marked).toEqual([]);
    expect(r.count).toBe('No special characters found');
    await page.close();
  });
});
