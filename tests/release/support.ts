/**
 * What the release tests share: a second build with one article edited
 * (release B), the release CLI, and a watch on a tab that counts its full
 * page loads and failed requests.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import type {Page} from 'playwright-core';
import {watch, type PageWatch} from '../e2e/browser';

export const root = path.resolve(__dirname, '../..');

export {buildEditedRelease as buildReleaseB, changedArticle as changed} from '../../deploy/release/editedBuild';

/** `npm run release -- ARGS` against `releasesDir`; returns what it printed. */
export function release(releasesDir: string, ...args: string[]): {status: number | null; output: string} {
  const r = spawnSync('npx', ['tsx', 'deploy/release/cli.ts', '--releases', releasesDir, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return {status: r.status, output: `${r.stdout}${r.stderr}`.trim()};
}

export interface TabWatch extends PageWatch {
  /** Every full page load (document request of the main frame), by URL path. */
  readonly documents: string[];
  /** Requests that failed or answered 400 and above. */
  readonly failed: string[];
}

export function watchTab(page: Page, baseURL: string): TabWatch {
  const w: TabWatch = {...watch(page, baseURL), documents: [], failed: []};
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) w.documents.push(new URL(r.url()).pathname);
  });
  page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) w.failed.push(`${r.url()} ${r.status()}`);
  });
  return w;
}

/** The text of the article's first cause, as the tab shows it. */
export const causeText = (page: Page) => page.locator('#cause-out-of-stock').innerText();
