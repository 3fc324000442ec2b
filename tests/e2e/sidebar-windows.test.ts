/**
 * A large guide's closed sidebar ranges load their links apart from the page
 * (src/plugins/lazyRoutes/windows.ts). The real guide has no range; npm run
 * test:multi builds its generated guides with ranges of KB_SIDEBAR_GROUP
 * articles and their routes split, and runs this there.
 */
import {describe, expect, inject, it} from 'vitest';
import {compareKbIds} from '../../src/kb/ids';
import {open, watch} from './browser';
import {sharedBrowser} from './context';
import {kb} from './knowledgeBase';

const group = Number(process.env.KB_SIDEBAR_GROUP);
const browser = sharedBrowser();

/** The first category of a generated guide with two ranges or more: its first two ranges. */
function twoRanges() {
  for (const g of kb.guides.filter((x) => x.id !== 'amz'))
    for (const c of g.categories) {
      const list = kb.articles
        .filter((a) => a.guide === g.id && a.category === c.id)
        .sort((a, b) => compareKbIds(a.kbId, b.kbId));
      if (list.length > group) return {first: list.slice(0, group), second: list.slice(group, 2 * group)};
    }
  throw new Error(`No generated category holds more than ${group} articles: expected one with ranges`);
}

describe.runIf(group > 0)('sidebar ranges of a large guide', () => {
  const {first, second} = group > 0 ? twoRanges() : {first: [], second: []};
  const page0 = second[0];
  // A link of another range that is neither its heading's link nor next to the page, nor named by it.
  const far = first.find((a, i) => i > 0 && i < first.length - 1 && !page0?.related.includes(a.kbId)) ?? first[1];
  const label = (range: typeof first) => `${range[0].kbId} – ${range[range.length - 1].kbId}`;

  it('an article page gets its own range open, and not the links of the others', async () => {
    const page = await browser().newPage();
    const w = watch(page, inject('baseURL'));
    const bodies: string[] = [];
    page.on('response', async (r) => {
      if (/\.(js|json)$/.test(new URL(r.url()).pathname)) bodies.push(await r.text().catch(() => ''));
    });
    await open(page, page0.permalink);
    const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
    await expect.poll(() => sidebar.locator('a[aria-current="page"]').getAttribute('href')).toBe(page0.permalink);
    for (const a of second) expect(await sidebar.locator(`a.menu__link[href="${a.permalink}"]`).count()).toBe(1);
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((b) => b.includes(`"${far.permalink}"`))).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('another range shows all its links when opened, and its article opens from there', async () => {
    const page = await browser().newPage();
    const w = watch(page, inject('baseURL'));
    await open(page, page0.permalink);
    const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
    await sidebar.getByRole('button', {name: label(first), exact: true}).click();
    for (const a of first)
      await expect.poll(() => sidebar.locator(`a.menu__link[href="${a.permalink}"]`).count()).toBe(1);
    await sidebar.locator(`a.menu__link[href="${far.permalink}"]`).click();
    await page.waitForURL((u) => u.pathname === far.permalink);
    await expect.poll(() => page.getAttribute('[data-kb-id]', 'data-kb-id')).toBe(far.kbId);
    expect(await sidebar.locator('a[aria-current="page"]').getAttribute('href')).toBe(far.permalink);
    expect(w.errors).toEqual([]);
    await page.close();
  });
});
