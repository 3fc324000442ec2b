import {describe, expect, it} from 'vitest';
import {open} from './browser';
import {sharedBrowser} from './context';

const browser = sharedBrowser();

describe('keyboard alone', () => {
  it('every control on an article can be reached by Tab and shows where focus is', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/order-not-submitting');
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        return {
          id:
            el.getAttribute('data-copy-link') ??
            el.getAttribute('data-copy-ticket') ??
            el.textContent?.trim().slice(0, 30) ??
            el.tagName,
          ring,
        };
      });
      if (!info) continue;
      expect(info.ring, `no visible focus on ${info.id}`).toBe(true);
      seen.push(info.id);
    }
    expect(seen).toEqual(
      expect.arrayContaining(['#cause-test-mode', '#resolution', '#step-1', '#step-3', 'text', 'markdown']),
    );
    await page.close();
  });

  it('filters the symptom index by typing and changes audience with the keyboard', async () => {
    const page = await browser().newPage();
    await open(page, '/symptoms');
    await page.locator('input[data-symptom-filter]').focus();
    await page.keyboard.type('pending');
    await page.waitForURL(/q=pending/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/audience=/);
    expect(await page.locator('[data-symptom-count]').innerText()).toMatch(/of/);
    await page.close();
  });
});

describe('printing an article', () => {
  it('drops navbar, sidebar and buttons, and keeps every step and its links', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/amazon-not-receiving-orders');
    await page.emulateMedia({media: 'print'});
    for (const hidden of [
      '.navbar',
      '.theme-doc-sidebar-container',
      'footer.footer',
      'button[data-copy-link]',
      '.pagination-nav',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const steps = page.locator('[data-callout="resolution"] li[data-step]');
    expect(await steps.count()).toBe(5);
    for (let i = 0; i < 5; i++) expect(await steps.nth(i).isVisible()).toBe(true);
    expect(
      await page.locator('[data-callout="resolution"] a[href="#cause-special-characters"]').first().isVisible(),
    ).toBe(true);
    await page.close();
  });
});
