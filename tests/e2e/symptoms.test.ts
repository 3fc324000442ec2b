import {describe, expect, it} from 'vitest';
import {open} from './browser';
import {sharedBrowser} from './context';
import {kb} from './knowledgeBase';

const browser = sharedBrowser();

describe('/symptoms', () => {
  it('filters as you type, shows the count and keeps the filter in the URL', async () => {
    const page = await browser().newPage();
    await open(page, '/symptoms');
    const all = await page.locator('a[data-symptom]').count();
    await page.locator('input[data-symptom-filter]').fill('cancel');
    await page.waitForURL(/\/symptoms\?q=cancel$/);
    const texts = await page.locator('a[data-symptom]').allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(all);
    const entries = await page.locator('li:has(a[data-symptom])').allInnerTexts();
    for (const e of entries) expect(e.toLowerCase()).toContain('cancel');
    expect(await page.locator('[data-symptom-count]').innerText()).toBe(`${texts.length} of ${all} symptoms`);
    await page.close();
  });

  it('restores the filter from a pasted URL, audience included', async () => {
    const page = await browser().newPage();
    await open(page, '/symptoms?q=order&audience=approver');
    expect(await page.locator('input[data-symptom-filter]').inputValue()).toBe('order');
    expect(await page.locator('select[data-audience-filter]').inputValue()).toBe('approver');
    const targets = await page.locator('a[data-symptom]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(0);
    // Only articles for approvers (on the real site, AMZ-002 and AMZ-004).
    const forApprovers = kb.articles.filter((a) => a.audience.includes('approver')).map((a) => a.permalink);
    for (const t of targets) expect(forApprovers).toContain(t!.split('#')[0]);
    if (kb.guides.length === 1)
      expect(new Set(targets.map((t) => t!.split('#')[0]))).toEqual(
        new Set(['/articles/order-not-submitting', '/articles/cannot-fully-approve']),
      );
    await page.close();
  });

  it('says so when nothing matches, and offers search', async () => {
    const page = await browser().newPage();
    await open(page, '/symptoms?q=zzzzqqq');
    expect(await page.locator('a[data-symptom]').count()).toBe(0);
    expect(await page.getByText('No symptom matches').count()).toBe(1);
    await page.close();
  });

  it('links every entry to an element that exists on the target page', async () => {
    const page = await browser().newPage();
    await open(page, '/symptoms');
    const hrefs = [
      ...new Set(await page.locator('a[data-symptom]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))),
    ];
    expect(hrefs.some((h) => h.includes('#cause-'))).toBe(true);
    for (const href of hrefs) {
      await open(page, href);
      const [, anchor] = href.split('#');
      expect(await page.locator('[data-kb-id]').count(), href).toBe(1);
      if (anchor) expect(await page.locator(`[id="${anchor}"]`).count(), href).toBe(1);
    }
    await page.close();
  });
});
