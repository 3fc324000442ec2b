/**
 * Layout at phone, tablet and desktop widths, in light and dark and with
 * JavaScript off: no page scrolls sideways, nothing in the navbar overlaps,
 * the brand keeps a gap from the search box, breadcrumbs stay on one line,
 * and no step's link button covers the step's text.
 */
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {launch, open, sitemapTimeout} from './browser';
import {pagesToCheck} from './knowledgeBase';

const baseURL = inject('baseURL');
const widths = [320, 390, 768, 1280] as const;
const modes = [
  {name: 'light', colorScheme: 'light', javaScriptEnabled: true},
  {name: 'dark', colorScheme: 'dark', javaScriptEnabled: true},
  {name: 'JavaScript off', colorScheme: 'light', javaScriptEnabled: false},
] as const;

interface Box {
  readonly what: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** What a reader would see as broken on the current page; runs in the page. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);

  const shown = (el: Element) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && Number(style.opacity) > 0;
  };
  const box = (what: string, r: DOMRect): Box => ({what, left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const label = (el: Element) =>
    `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().slice(0, 30)}"`;

  // The navbar's controls (the closed phone menu lies outside the bar and is skipped).
  const bar = document.querySelector('.navbar__inner');
  const controls = [...(bar?.querySelectorAll('a, button, input') ?? [])].filter(shown);
  const boxes = controls.map((el) => box(label(el), el.getBoundingClientRect()));
  for (const b of boxes) if (b.right > doc.clientWidth + 0.5) problems.push(`navbar: ${b.what} ends past the edge`);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlap(boxes[i], boxes[j])) problems.push(`navbar: ${boxes[i].what} overlaps ${boxes[j].what}`);
  const brand = bar?.querySelector('.navbar__brand');
  const search = bar?.querySelector('input[type="search"]');
  if (brand && search && shown(search)) {
    const gap = search.getBoundingClientRect().left - brand.getBoundingClientRect().right;
    if (gap < 4) problems.push(`navbar: the brand is ${gap.toFixed(1)} px from the search box (4 px at least)`);
  }

  // Breadcrumbs on one line.
  const crumbs = [...document.querySelectorAll('.theme-doc-breadcrumbs .breadcrumbs__item')].filter(shown);
  const tops = new Set(crumbs.map((c) => Math.round(c.getBoundingClientRect().top / 4)));
  if (tops.size > 1) problems.push(`breadcrumbs wrap onto ${tops.size} lines`);

  // Each step's text against its link button.
  for (const step of document.querySelectorAll('li[data-step]')) {
    const wrapper = step.querySelector('[data-copy-link]')?.parentElement;
    if (!wrapper || !shown(wrapper)) continue;
    const button = box(`step ${step.getAttribute('data-step')} button`, wrapper.getBoundingClientRect());
    const walker = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (wrapper.contains(node) || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (overlap(button, box('text', r)))
          problems.push(`step ${step.getAttribute('data-step')}: its link button covers "${node.textContent.trim()}"`);
    }
  }
  return problems;
}

async function visit(page: Page, path: string, javaScript: boolean) {
  if (javaScript) await open(page, path);
  else await page.goto(path, {waitUntil: 'load'});
}

describe.each(modes)('layout, $name', ({colorScheme, javaScriptEnabled}) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launch({baseURL, colorScheme, javaScriptEnabled});
  });
  afterAll(() => context?.close());

  it(
    'no page scrolls sideways or overlaps a box, at 320, 390, 768 and 1280 px',
    async () => {
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pagesToCheck()) {
        await page.setViewportSize({width: widths[0], height: 800});
        await visit(page, path, javaScriptEnabled);
        for (const width of widths) {
          // Resizing re-lays the page out (and re-renders the navbar, which switches to its phone form below 997 px).
          await page.setViewportSize({width, height: 800});
          if (javaScriptEnabled)
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          found.push(...(await page.evaluate(layoutProblems)).map((p) => `${path} at ${width} px: ${p}`));
        }
      }
      expect(found).toEqual([]);
      await page.close();
    },
    sitemapTimeout(8_000, pagesToCheck().length),
  );

  it.each(widths)('at %i px, the theme toggle is in the navbar only when it works', async (width) => {
    const page = await context.newPage();
    await page.setViewportSize({width, height: 800});
    await visit(page, '/articles/order-cancelled', javaScriptEnabled);
    const toggle = page.locator('.navbar__inner button[aria-label^="Switch between dark and light"]');
    expect(await toggle.isVisible()).toBe(javaScriptEnabled);
    if (javaScriptEnabled) {
      // It cycles light, dark and the system's choice; its label names the current one.
      const before = await toggle.getAttribute('aria-label');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-label')).not.toBe(before);
    }
    await page.close();
  });
});

describe('the navbar search box', () => {
  /** Whether the placeholder's text fits inside the box, measured with the box's own font. */
  const placeholderFits = (page: Page) =>
    page.locator('.navbar input[type="search"]').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(input.placeholder).width <= room;
    });

  it('on a 390 px touch screen says "Search", with no keyboard hint, and fits', async () => {
    const context = await launch({baseURL, colorScheme: 'dark', touch: true, viewport: {width: 390, height: 844}});
    const page = await context.newPage();
    await open(page, '/articles/order-cancelled');
    expect(await page.locator('.navbar input[type="search"]').getAttribute('placeholder')).toBe('Search');
    expect(await placeholderFits(page)).toBe(true);
    await context.close();
  });

  it('with a mouse and keyboard shows the shortcut, and fits', async () => {
    const context = await launch({baseURL});
    const page = await context.newPage();
    await open(page, '/articles/order-cancelled');
    expect(await page.locator('.navbar input[type="search"]').getAttribute('placeholder')).toMatch(
      /^Search \((Ctrl\+K|⌘K)\)$/,
    );
    expect(await placeholderFits(page)).toBe(true);
    await context.close();
  });
});

describe('the phone menu', () => {
  it('opens from its button at 390 px and leads to the other articles', async () => {
    const context = await launch({baseURL, touch: true, viewport: {width: 390, height: 844}});
    const page = await context.newPage();
    await open(page, '/articles/order-cancelled');
    const menu = page.locator('.navbar-sidebar');
    // Another article of the guide: in the real one, every article is listed; in a large one, the page's range.
    const other = menu.locator('a.menu__link[href^="/articles/"]:not([aria-current]):not([role="button"])').first();
    expect(await other.isVisible()).toBe(false);
    await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
    await other.waitFor({state: 'visible'});
    const href = await other.getAttribute('href');
    expect(href).toMatch(/^\/articles\/(?!order-cancelled$)/);
    await other.click();
    await page.waitForURL((u) => u.pathname === href);
    await context.close();
  });
});

describe('filter boxes and forms', () => {
  const boxes = [
    ['/symptoms', '[data-symptom-filter]'],
    ['/articles', '[data-article-filter]'],
    ['/tools/amazon-domains', '[data-domain-query]'],
  ] as const;

  it.each(widths.filter((w) => w !== 768))('each placeholder fits its box at %i px', async (width) => {
    const context = await launch({baseURL, viewport: {width, height: 900}});
    const page = await context.newPage();
    for (const [path, selector] of boxes) {
      await open(page, path);
      const fit = await page.locator(selector).evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return {text: input.placeholder, width: Math.ceil(context.measureText(input.placeholder).width), room};
      });
      expect(fit.text, path).not.toBe('');
      expect(
        fit.width,
        `${path} at ${width} px: "${fit.text}" needs ${fit.width} px, has ${fit.room}`,
      ).toBeLessThanOrEqual(fit.room);
    }
    await context.close();
  });

  it.each([320, 1280])("the 404 page's search box and button line up at %i px", async (width) => {
    const context = await launch({baseURL, viewport: {width, height: 900}});
    const page = await context.newPage();
    await page.goto('/no-such-page');
    await page.waitForSelector('html[data-kb-ready="true"]');
    const input = (await page.locator('#not-found-search').boundingBox())!;
    const button = (await page.locator('main form button[type="submit"]').boundingBox())!;
    if (button.y < input.y + input.height) {
      // Side by side: the same top and height.
      expect(Math.abs(button.y - input.y)).toBeLessThanOrEqual(1);
      expect(Math.abs(button.height - input.height)).toBeLessThanOrEqual(1);
    } else {
      // Wrapped under the box: flush with its left edge.
      expect(Math.abs(button.x - input.x)).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  // One guide: its categories are the home page's sections (several guides nest them under each guide).
  it.runIf(!process.env.KB_DOCS_DIR)("the home page's categories stack with no hole under a short one", async () => {
    const context = await launch({baseURL, viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    await open(page, '/');
    const boxes = await page
      .locator('main section[aria-labelledby^="cat-"]')
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => ({x: r.x, top: r.top, bottom: r.bottom})),
      );
    expect(boxes.length).toBeGreaterThan(1);
    const columns = new Map<number, {top: number; bottom: number}[]>();
    for (const b of boxes) columns.set(Math.round(b.x), [...(columns.get(Math.round(b.x)) ?? []), b]);
    expect(columns.size).toBeGreaterThan(1);
    for (const column of columns.values())
      for (let i = 1; i < column.length; i++) expect(column[i].top - column[i - 1].bottom).toBeLessThanOrEqual(32);
    await context.close();
  });
});
