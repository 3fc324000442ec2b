import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {launch, open} from './browser';
import {supportedDomains} from '../../src/kb/domains';

const baseURL = inject('baseURL');
let context: BrowserContext;
beforeAll(async () => {
  context = await launch({baseURL});
});
afterAll(() => context?.close());

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('table[data-supported-domains] tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

describe('the supported Amazon domains', () => {
  const expected = supportedDomains.map((d) => [d.domain, d.country]);

  it('AMZ-007 shows them as a table, with the note on international shipping', async () => {
    const page = await context.newPage();
    await open(page, '/articles/missing-regional-domains');
    expect(await tableRows(page)).toEqual(expected);
    expect(await page.locator('#step-1').innerText()).toContain('international shipping costs');
    await page.close();
  });

  it('have a page of their own', async () => {
    const page = await context.newPage();
    await open(page, '/tools/amazon-domains');
    expect(await tableRows(page)).toEqual(expected);
    expect(await page.locator('main').innerText()).toContain('international shipping costs');
    await page.close();
  });

  it('are named by the troubleshooter where it asks about the domain', async () => {
    const page = await context.newPage();
    await open(page, '/troubleshoot?path=setup');
    const text = await page.locator('[data-troubleshooter]').innerText();
    for (const d of supportedDomains) expect(text).toContain(d.domain);
    await page.close();
  });
});
