/**
 * A large guide's closed sidebar ranges load their links apart from the page
 * (src/plugins/largeGuide/runtime/windows.ts). The real guide has no range; npm run
 * test:multi builds its generated guides with ranges of KB_SIDEBAR_GROUP
 * articles and their routes split, and runs this there.
 */
import {describe, expect, inject, it} from 'vitest';
import {guideSidebarItems, rangesShown, type SidebarItem} from '../../src/build/sidebar';
import {rangeWindow} from '../../src/theme/DocSidebarItems/rangeWindow';
import type {Page} from 'playwright-core';
import {open, watch} from './browser';
import {sharedBrowser} from './context';
import {kb} from './knowledgeBase';

const group = Number(process.env.KB_SIDEBAR_GROUP);
const browser = sharedBrowser();

type Article = (typeof kb.articles)[number];

/** Each generated group's ranges, as the build cuts them (src/build/sidebar.ts): their articles, in order. */
function generatedGroups(): {label: string; ranges: Article[][]}[] {
  return kb.guides
    .filter((g) => g.id !== 'amz')
    .flatMap((g) => {
      const articles = kb.articles.filter((a) => a.guide === g.id);
      const byId = new Map(articles.map((a) => [a.kbId, a]));
      const docs = articles.map((a) => ({id: a.kbId, frontMatter: {kb_id: a.kbId, category: a.category}}));
      return guideSidebarItems(g, docs).flatMap((c) =>
        c.type === 'category'
          ? [{label: c.label, ranges: c.items.flatMap((r) => (r.type === 'category' ? [rangeArticles(r, byId)] : []))}]
          : [],
      );
    });
}

const rangeArticles = (item: SidebarItem, byId: Map<string, Article>): Article[] =>
  item.type === 'doc' ? [byId.get(item.id)!] : item.items.flatMap((i) => rangeArticles(i, byId));

/**
 * The first generated group of two ranges, the first of three articles or more. A page lists both: a "more" link
 * never stands for one range alone.
 */
function twoRanges() {
  const found = generatedGroups().find((g) => g.ranges.length === 2 && g.ranges[0].length >= 3);
  if (!found)
    throw new Error(`No generated group has two ranges of 3 articles or more (ranges of ${group}): expected one`);
  return {first: found.ranges[0], second: found.ranges[1]};
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
    // What the page loads to show itself, until its sidebar is there: not what it fetches afterwards, in idle time,
    // for the links it shows (the home page's data, another range's bucket), which the reader may never open.
    const bodies: Promise<string>[] = [];
    let shown = false;
    page.on('response', (r) => {
      if (!shown && /\.(js|json)$/.test(new URL(r.url()).pathname) && r.request().resourceType() !== 'other')
        bodies.push(r.text().catch(() => ''));
    });
    await open(page, page0.permalink);
    const sidebar = page.locator('nav[aria-label="Docs sidebar"]');
    await expect.poll(() => sidebar.locator('a[aria-current="page"]').getAttribute('href')).toBe(page0.permalink);
    shown = true;
    for (const a of second) expect(await sidebar.locator(`a.menu__link[href="${a.permalink}"]`).count()).toBe(1);
    expect(bodies.length).toBeGreaterThan(0);
    expect((await Promise.all(bodies)).filter((b) => b.includes(`"${far.permalink}"`))).toEqual([]);
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

/** Ranges a page lists of a level, as the build read it (KB_SIDEBAR_RANGES_SHOWN or its default). */
const shown = rangesShown;

/** The generated group with the most ranges. */
function mostRanges() {
  const best = generatedGroups().reduce((a, b) => (b.ranges.length > a.ranges.length ? b : a));
  // A page at either end hides count - shown ranges, and a "more" link never stands for one alone.
  if (best.ranges.length < shown + 2)
    throw new Error(
      `No generated group has ${shown + 2} ranges of ${group} or more: expected one whose pages hide some`,
    );
  return {ranges: best.ranges, groupLabel: best.label};
}

describe.runIf(group > 0)('a group with more ranges than a page lists', () => {
  const {ranges, groupLabel} = group > 0 ? mostRanges() : {ranges: [], groupLabel: ''};
  const label = (range: Article[]) =>
    range.length === 1 ? range[0].kbId : `${range[0].kbId} – ${range[range.length - 1].kbId}`;
  const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  /** The group's item in the sidebar (a small guide's groups are all open, so the others list their ranges too). */
  const groupItem = (page: Page) =>
    page
      .locator('nav[aria-label="Docs sidebar"] .theme-doc-sidebar-item-category-level-1')
      .filter({has: page.locator(':scope > div > .menu__link', {hasText: exactly(groupLabel)})});
  const headings = (page: Page) =>
    groupItem(page).locator('.theme-doc-sidebar-item-category-level-2 > div > .menu__link').allTextContents();
  const moreText = (hidden: Article[][]) =>
    `${hidden.length} more: ${hidden[0][0].kbId} – ${hidden[hidden.length - 1].at(-1)?.kbId}`;
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

  it("lists the last range's page with one link for the ranges before it, which lists them all in place", async () => {
    const page = await browser().newPage();
    const w = watch(page, inject('baseURL'));
    const last = ranges[ranges.length - 1];
    await open(page, last[0].permalink);
    await expect.poll(() => headings(page)).toEqual(ranges.slice(-shown).map(label));
    const hidden = ranges.slice(0, -shown);
    const more = groupItem(page).locator('[data-more-ranges] a');
    expect(await more.count()).toBe(1);
    expect(await more.textContent()).toBe(moreText(hidden));
    expect(await more.getAttribute('role')).toBe('button');

    await more.click();
    await expect.poll(() => headings(page)).toEqual(ranges.map(label));
    expect(new URL(page.url()).pathname).toBe(last[0].permalink);
    // The focus moves to the first range that was not listed, where the link was.
    await expect.poll(() => focused(page)).toBe(label(hidden[0]));
    await groupItem(page)
      .getByRole('button', {name: label(hidden[0]), exact: true})
      .click();
    const target = hidden[0][hidden[0].length - 1];
    const link = groupItem(page).locator(`a.menu__link[href="${target.permalink}"]`);
    await link.waitFor({state: 'visible'});
    // Clicked on the element, not at its coordinates: the range is still unfolding, and on a loaded machine a click
    // at where the link was measured can land beside it (a range's own fold is Docusaurus' animation, not ours).
    await link.dispatchEvent('click', {button: 0});
    await page.waitForURL((u) => u.pathname === target.permalink);
    await expect.poll(() => page.getAttribute('[data-kb-id]', 'data-kb-id')).toBe(target.kbId);
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it("lists the first range's page with the link after it, which answers Space and focuses the next range", async () => {
    const page = await browser().newPage();
    const w = watch(page, inject('baseURL'));
    await open(page, ranges[0][0].permalink);
    await expect.poll(() => headings(page)).toEqual(ranges.slice(0, shown).map(label));
    const more = groupItem(page).locator('[data-more-ranges] a');
    expect(await more.textContent()).toBe(moreText(ranges.slice(shown)));
    await more.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => headings(page)).toEqual(ranges.map(label));
    await expect.poll(() => focused(page)).toBe(label(ranges[shown]));
    expect(w.errors).toEqual([]);
    await page.close();
  });

  it('opens its link in a new tab on a modified click, and lists nothing more in place', async () => {
    const page = await browser().newPage();
    await open(page, ranges[0][0].permalink);
    const more = groupItem(page).locator('[data-more-ranges] a');
    await expect.poll(() => more.getAttribute('role')).toBe('button');
    const [tab] = await Promise.all([browser().waitForEvent('page'), more.click({modifiers: ['Control']})]);
    await tab.waitForURL((u) => u.pathname === ranges[shown][0].permalink);
    expect(await headings(page)).toEqual(ranges.slice(0, shown).map(label));
    await tab.close();
    await page.close();
  });

  describe('without JavaScript', () => {
    const noJs = sharedBrowser({javaScriptEnabled: false});

    it("the link opens the nearest hidden range's first article, whose page lists that range", async () => {
      const page = await noJs().newPage();
      const last = ranges[ranges.length - 1];
      await page.goto(last[0].permalink);
      const more = groupItem(page).locator('[data-more-ranges] a');
      expect(await more.getAttribute('role')).toBeNull();
      const nearest = ranges[ranges.length - shown - 1];
      await more.click();
      await page.waitForURL((u) => u.pathname === nearest[0].permalink);
      // The page the link opens lists the ranges the window rule gives that range: its HTML, with no script.
      const {start, end} = rangeWindow(ranges.length, ranges.indexOf(nearest), shown);
      expect(await headings(page)).toEqual(ranges.slice(start, end).map(label));
      await page.close();
    });
  });
});
