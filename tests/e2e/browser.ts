/**
 * Launches Debian's Chromium (never a downloaded browser) with a fresh
 * profile, and watches each page for console errors and for any request
 * that leaves the site.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium, type BrowserContext, type Page} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium of this project runs with (no network beyond localhost, no sandbox as root). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchOptions {
  readonly javaScriptEnabled?: boolean;
  readonly colorScheme?: 'light' | 'dark';
  readonly baseURL: string;
  /** A phone: touch events, a coarse pointer and no hover. */
  readonly touch?: boolean;
  readonly viewport?: {readonly width: number; readonly height: number};
}

export async function launch({
  javaScriptEnabled = true,
  colorScheme = 'light',
  baseURL,
  touch = false,
  viewport = {width: 1280, height: 900},
}: LaunchOptions): Promise<BrowserContext> {
  if (!fs.existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}: run "bash scripts/test.sh", which installs Debian's chromium.`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    javaScriptEnabled,
    colorScheme,
    baseURL,
    viewport,
    hasTouch: touch,
    isMobile: touch,
  });
  context.on('close', () => {
    try {
      fs.rmSync(userDataDir, {recursive: true, force: true, maxRetries: 5});
    } catch {
      // Chromium may still be writing its profile; a leftover temp folder is harmless.
    }
  });
  return context;
}

export interface PageWatch {
  readonly errors: string[];
  readonly external: string[];
  readonly requests: string[];
}

/** Records console errors, uncaught exceptions and requests to other origins. */
export function watch(page: Page, baseURL: string): PageWatch {
  const w: PageWatch = {errors: [], external: [], requests: []};
  const origin = new URL(baseURL).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => w.errors.push(`${page.url()}: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    w.requests.push(url);
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) w.external.push(`${page.url()} → ${url}`);
  });
  return w;
}

/** Opens a path and waits until React has hydrated (src/clientModules/ready.ts). */
export async function open(page: Page, pathname: string): Promise<void> {
  await page.goto(pathname, {waitUntil: 'load'});
  await page.waitForSelector('html[data-kb-ready="true"]', {timeout: 15_000});
}

/** Every page path in build/sitemap.xml, without the configured origin. */
/** The build under test: ./build, or another one (E2E_BUILD_DIR, e.g. the generated multi-guide build of npm run test:multi). */
export const builtSiteDir = path.resolve(
  process.env.E2E_BUILD_DIR ?? process.env.BUILD_DIR ?? path.join(__dirname, '../../build'),
);

export function sitemapPaths(buildDir = builtSiteDir): string[] {
  const xml = fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Time for a test that visits every page of the sitemap: a minute plus `ms` a page, so a generated knowledge base
 * of many pages (npm run test:multi) gets the time it needs instead of the default two minutes.
 */
export function sitemapTimeout(ms: number, pages = sitemapPaths().length): number {
  return 60_000 + pages * ms;
}
