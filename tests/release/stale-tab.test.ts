/**
 * Tabs opened on release A, used after release B (one article changed) went
 * live on the same nginx with no reload: they keep working for the grace
 * period, and past it recover with exactly one full load of the page asked for.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import {launch, open} from '../e2e/browser';
import {startProdServer, type ProdServer} from '../../deploy/serve-prod';
import {prune, readCurrent} from '../../deploy/release/store';
import {buildReleaseB, causeText, changed, release, root, watchTab, type TabWatch} from './support';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-release-e2e-'));
const releases = path.join(work, 'releases');
// Release A: the site's build, or another build of it (npm run test:multi runs this on one with its routes split).
const buildA = path.resolve(root, process.env.RELEASE_BUILD_DIR ?? 'build');
const buildB = path.join(work, 'build-b');

let server: ProdServer;
let context: BrowserContext;
const tabs = new Map<string, {page: Page; w: TabWatch}>();

/** Opens a tab on `pathname` and watches it from its first request. */
async function tab(name: string, pathname: string) {
  const page = await context.newPage();
  const w = watchTab(page, server.url);
  await open(page, pathname);
  tabs.set(name, {page, w});
}
const get = (name: string) => tabs.get(name)!;

/**
 * The tab prefetched the chunks of the links it showed into the HTTP cache;
 * a tab left open for days may have lost them. Empty it, so the chunks of
 * release A are really gone.
 */
async function forgetCache(page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/** The HTML nginx serves now for a path, as a fresh tab would get it. */
const served = async (pathname: string) => (await fetch(`${server.url}${pathname}`)).text();

beforeAll(async () => {
  if (!fs.existsSync(path.join(buildA, 'index.html')))
    throw new Error(`Expected a build in ${buildA}: run "npm run build"`);
  buildReleaseB(buildB);
  expect(release(releases, '--dir', buildA).status).toBe(0);
  server = await startProdServer({releases, port: 0, quiet: true});
  context = await launch({baseURL: server.url});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
  // All opened on release A.
  await tab('old', '/articles/order-not-submitting');
  await tab('keyboard', '/articles/cannot-fully-approve');
  await tab('mouse', '/articles/cannot-fully-approve');
  await tab('search', '/symptoms');
  expect(await served(changed.path)).toContain(changed.before);
  expect(release(releases, '--dir', buildB).status).toBe(0);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await server?.stop();
  fs.rmSync(work, {recursive: true, force: true});
});

describe('a tab opened on release A, after release B went live', () => {
  it('new visitors get release B, from the same nginx with no reload', async () => {
    expect(await served(changed.path)).toContain(changed.after);
  });

  it('search, sidebar, next/previous, in-text links and copy work, with no console error and no failed request', async () => {
    const {page, w} = get('old');
    await page.locator('[data-search-input]').fill('Order Cancelled');
    const option = page.locator('[role="option"][data-search-suggestion="AMZ-003"]');
    await option.waitFor();

    await page.locator(`.menu__link[href="/articles/amazon-option-missing"]`).click();
    await page.waitForURL(/\/articles\/amazon-option-missing$/);
    await page.locator('.pagination-nav__link--next').click();
    await page.waitForURL(/\/articles\/order-not-submitting$/);
    await page.locator('.pagination-nav__link--prev').click();
    await page.waitForURL(/\/articles\/amazon-option-missing$/);
    await page.locator('.pagination-nav__link--next').click();
    await page.waitForURL(/\/articles\/order-not-submitting$/);
    await page.locator('nav a[href="/symptoms"]').first().click();
    await page.waitForURL(/\/symptoms$/);
    await page.locator(`main a[href="${changed.path}"]`).first().click();
    await page.waitForURL(new RegExp(`${changed.path}$`));
    // Client navigation renders the tab's own release: A's text, from A's chunks, not a mix.
    expect(await causeText(page)).toContain(changed.before);

    const copy = page.locator('button[data-copy-link="#cause-out-of-stock"]');
    await copy.click();
    await expect.poll(() => copy.innerText()).toContain('Copied'); // shown only once the clipboard took it

    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.external).toEqual([]);
    expect(w.documents).toEqual(['/articles/order-not-submitting']); // no full load so far

    // A full load of the same page shows release B.
    await page.reload();
    await page.waitForSelector('html[data-kb-ready="true"]');
    expect(await causeText(page)).toContain(changed.after);
    expect(w.errors).toEqual([]);
  });
});

describe('npm run release -- --rollback', () => {
  it('switches back to release A atomically, then says when there is nothing older', async () => {
    const back = release(releases, '--rollback');
    expect(back.status, back.output).toBe(0);
    expect(await served(changed.path)).toContain(changed.before);
    const none = release(releases, '--rollback');
    expect(none.status).toBe(1);
    expect(none.output).toMatch(
      /^Nothing to roll back to: .*current is \S+, expected an older release in .*, found none\.$/,
    );
    // Forward again: release B once more.
    expect(release(releases, '--dir', buildB).status).toBe(0);
    expect(await served(changed.path)).toContain(changed.after);
  });
});

describe('past the grace period (release A pruned)', () => {
  beforeAll(() => {
    const current = readCurrent(releases);
    const {removedReleases, removedAssets} = prune(releases, new Date(), {keepCount: 1, keepDays: 0});
    expect(removedReleases).toHaveLength(2); // A and the first B
    expect(removedAssets).toBeGreaterThan(0);
    expect(readCurrent(releases)).toBe(current);
  });

  /** Exactly one full load, of `pathname`, and none after it (no loop). */
  async function expectOneFullLoad(w: TabWatch, page: Page, pathname: string) {
    await page.waitForURL(new RegExp(`${pathname}$`));
    await page.waitForSelector('html[data-kb-ready="true"]');
    await page.waitForTimeout(1500);
    expect(w.documents.slice(1), w.failed.join('\n')).toEqual([pathname]);
  }

  it('a link followed from the keyboard loads that page in full once, with release B', async () => {
    const {page, w} = get('keyboard');
    await forgetCache(page);
    await page.locator(`.menu__link[href="${changed.path}"]`).focus();
    await page.keyboard.press('Enter');
    await expectOneFullLoad(w, page, changed.path);
    expect(await causeText(page)).toContain(changed.after);
  });

  it('a link clicked with the mouse (hover preload first) loads that page in full once', async () => {
    const {page, w} = get('mouse');
    await forgetCache(page);
    await page.locator(`.menu__link[href="${changed.path}"]`).click();
    await expectOneFullLoad(w, page, changed.path);
    expect(await causeText(page)).toContain(changed.after);
  });

  it('search, whose index went with release A, reloads the page once and then answers', async () => {
    const {page, w} = get('search');
    await forgetCache(page);
    await page.locator('[data-search-input]').focus();
    await expectOneFullLoad(w, page, '/symptoms');
    await page.locator('[data-search-input]').fill('Order Cancelled');
    await page.locator('[role="option"][data-search-suggestion="AMZ-003"]').waitFor();
    expect(w.documents).toHaveLength(2);
  });
});

describe('when the live release is broken too', () => {
  it('loads the page once and then stops: no reload loop, the page still answers', async () => {
    await tab('broken', '/symptoms');
    const {page, w} = get('broken');
    await forgetCache(page); // the other tabs of this browser loaded the live index
    // The live release loses its search index, here and in the shared pool: every try now 404s.
    for (const dir of [path.join(releases, 'current'), path.join(releases, 'shared')])
      fs.rmSync(path.join(dir, 'assets', 'search-index'), {recursive: true, force: true});
    const indexMisses = () => w.failed.filter((f) => f.includes('/search-index/')).length;
    const reloaded = page.waitForEvent('load', {timeout: 15_000}); // the one full load, committed
    await page.locator('[data-search-input]').focus();
    await reloaded;
    await page.waitForSelector('html[data-kb-ready="true"]');
    expect(w.documents).toEqual(['/symptoms', '/symptoms']);
    // The reloaded page asks again, and is refused again: this time it stays.
    const missesBefore = indexMisses();
    await page.locator('[data-search-input]').fill('cancelled');
    await expect.poll(indexMisses, {timeout: 10_000}).toBeGreaterThan(missesBefore);
    await page.waitForTimeout(1500);
    expect(w.documents).toEqual(['/symptoms', '/symptoms']);
    // Still a working page: the symptom filter answers.
    await page.locator('[data-symptom-filter]').fill('cancelled');
    await expect.poll(() => page.locator('a[data-symptom]').count()).toBeGreaterThan(0);
  });
});
