import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {open} from './browser';
import {sharedBrowser} from './context';
import named from '../../docs/amz/named.json';

const supportedDomains = named.data.supported;

const browser = sharedBrowser();

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('table[data-supported-domains] tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

describe('the supported Amazon domains', () => {
  const expected = supportedDomains.map((d) => [d.domain, d.country]);

  it('AMZ-007 shows them as a table, with the note on international shipping', async () => {
    const page = await browser().newPage();
    await open(page, '/articles/missing-regional-domains');
    expect(await tableRows(page)).toEqual(expected);
    expect(await page.locator('#step-1').innerText()).toContain('international shipping costs');
    await page.close();
  });

  it('have a page of their own', async () => {
    const page = await browser().newPage();
    await open(page, '/tools/amazon-domains');
    expect(await tableRows(page)).toEqual(expected);
    expect(await page.locator('main').innerText()).toContain('international shipping costs');
    await page.close();
  });

  it('are named by the troubleshooter where it asks about the domain', async () => {
    const page = await browser().newPage();
    await open(page, '/troubleshoot?path=setup');
    const text = await page.locator('[data-troubleshooter]').innerText();
    for (const d of supportedDomains) expect(text).toContain(d.domain);
    await page.close();
  });
});
