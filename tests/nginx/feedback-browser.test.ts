import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {BrowserContext, Page} from 'playwright-core';
import type {FeedbackReport} from '../../scripts/feedback/report';
import {launch, open, watch, type PageWatch} from '../e2e/browser';
import {recordCspViolations, violations} from './csp';
import {feedbackFile, linesSince, mark, rawLinesSince} from './feedbackLog';

const baseURL = inject('baseURL');
const nginx = inject('nginx');
const base = nginx.baseUrl;
const file = feedbackFile(nginx);
const root = path.resolve(__dirname, '../..');

let context: BrowserContext;
let page: Page;
let w: PageWatch;
let start: number;
beforeAll(async () => {
  context = await launch({baseURL});
  await recordCspViolations(context);
  page = await context.newPage();
  w = watch(page, baseURL);
  start = mark(file);
});
afterAll(() => context?.close());

/** The log lines written since `from`, once there are `n` of them. */
async function nextLines(from: number, n: number) {
  await expect.poll(() => linesSince(file, from).length, {timeout: 10_000}).toBe(n);
  return linesSince(file, from);
}

const status = () => page.locator('[data-article-feedback] [role="status"]').innerText();

describe('reader feedback through the real nginx', () => {
  let kbId = '';

  it('No with a reason, then Yes: each a line, the reason masked', async () => {
    await open(page, `${base}articles/order-not-submitting`);
    kbId = (await page.getAttribute('[data-kb-id]', 'data-kb-id')) ?? '';
    const before = mark(file);
    await page.locator('button[data-feedback="down"]').click();
    await page.getByLabel('The steps did not work').check();
    await page.locator('[data-feedback-reason] textarea').fill('Step 2 fails, mail me at jane@example.com');
    await page.locator('[data-feedback-send]').click();
    await expect.poll(status).toBe('Thank you. Your reason was sent.');
    const page1 = `${base}articles/order-not-submitting`;
    expect(await nextLines(before, 2)).toEqual([
      {time: expect.any(String), type: 'vote', page: page1, guide: 'amz', kbId, vote: 'down'},
      {
        ...{time: expect.any(String), type: 'vote', page: page1, guide: 'amz', kbId},
        ...{vote: 'down', previous: 'down', reason: 'steps', text: 'Step 2 fails, mail me at [email]'},
      },
    ]);

    const again = mark(file);
    await page.locator('button[data-feedback="up"]').click();
    await expect.poll(status).toBe('Thank you. Glad it solved it.');
    expect(await nextLines(again, 1)).toEqual([expect.objectContaining({kbId, vote: 'up', previous: 'down'})]);
  });

  it('a navbar search that finds nothing, left for a second: one line, count 0, masked', async () => {
    const before = mark(file);
    await page.locator('[data-search-input]').fill('zzqx order 123456789012');
    await expect
      .poll(() => linesSince(file, before), {timeout: 10_000})
      .toEqual([
        expect.objectContaining({
          type: 'search',
          query: 'zzqx order [number]',
          count: 0,
          outcome: 'none',
          page: `${base}articles/order-not-submitting`,
        }),
      ]);
    await page.waitForTimeout(1500); // still there: recorded once, not again
    expect(linesSince(file, before)).toHaveLength(1);
  });

  it('a navbar search whose results go unopened: a line when the reader leaves the box', async () => {
    const before = mark(file);
    await page.locator('[data-search-input]').fill('order cancelled');
    await page.waitForTimeout(1300);
    expect(linesSince(file, before)).toEqual([]); // results shown: nothing yet
    await page.locator('h1').first().click(); // leaves the box without opening one
    const [line] = await nextLines(before, 1);
    expect(line).toMatchObject({type: 'search', query: 'order cancelled', outcome: 'unopened'});
    expect(line.count).toBeGreaterThan(0);
  });

  it('an opened result is not recorded, and a query still being typed is not either', async () => {
    const before = mark(file);
    const input = page.locator('[data-search-input]');
    await input.fill('');
    // Finds nothing at every keystroke, but is replaced well before it settles.
    await input.pressSequentially('qwzx', {delay: 80});
    await page.locator('.navbar [data-no-results]').waitFor();
    await input.fill('');
    await input.pressSequentially('order can', {delay: 80});
    await page.locator('[data-search-suggestion]').first().click();
    await page.waitForURL(/\/articles\//);
    await page.waitForTimeout(1500);
    expect(linesSince(file, before)).toEqual([]);
  });

  it('/search records a query that finds nothing, with the page', async () => {
    const before = mark(file);
    await open(page, `${base}search?q=${encodeURIComponent('qqzv xxjw')}`);
    expect(await nextLines(before, 1)).toEqual([
      expect.objectContaining({
        type: 'search',
        query: 'qqzv xxjw',
        count: 0,
        outcome: 'none',
        page: `${base}search`,
      }),
    ]);
  });

  it('Enter on a navbar query that finds nothing opens /search, and the query is recorded once', async () => {
    const before = mark(file);
    const input = page.locator('[data-search-input]');
    await input.fill('wqjz vvkp');
    await input.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    const [line] = await nextLines(before, 1);
    expect(line).toMatchObject({type: 'search', query: 'wqjz vvkp', count: 0, outcome: 'none', page: `${base}search`});
    await page.waitForTimeout(1500); // neither the box nor the page adds a second line
    expect(linesSince(file, before)).toHaveLength(1);
  });

  it('/search results left unopened are recorded with the guide filter when the reader moves on', async () => {
    const before = mark(file);
    await open(page, `${base}search?q=${encodeURIComponent('payment method mismatch')}&guide=amz`);
    await page.locator('a[data-search-result]').first().waitFor();
    await page.waitForTimeout(1300); // settled
    expect(linesSince(file, before)).toEqual([]); // results shown: nothing yet
    await page.locator('.navbar__brand').click(); // another page of the site, no result opened
    const [line] = await nextLines(before, 1);
    expect(line).toMatchObject({
      type: 'search',
      query: 'payment method mismatch',
      outcome: 'unopened',
      guide: 'amz',
      page: `${base}search`,
    });
    expect(line.count).toBeGreaterThan(0);
  });

  it('feedback:report counts exactly what this browser did, masked, and writes report.html', () => {
    // This file's lines only (other test files share the server and its log).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-feedback-report-'));
    fs.writeFileSync(path.join(dir, 'feedback.jsonl'), `${rawLinesSince(file, start).join('\n')}\nnot json\n`);
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'feedback:report', '--', '--dir', dir, '--build', nginx.buildDir, '--json'],
      {cwd: root, encoding: 'utf8'},
    );
    const report = JSON.parse(out) as FeedbackReport;
    expect(report.malformed).toBe(1);
    expect(report.articles).toEqual([
      {kbId, up: 1, down: 0, helped: 1, reasons: {steps: 1}, texts: ['Step 2 fails, mail me at [email]']},
    ]);
    expect(report.searches.map(({query, times, none, unopened}) => ({query, times, none, unopened}))).toEqual(
      [
        {query: 'qqzv xxjw', times: 1, none: 1, unopened: 0},
        {query: 'wqjz vvkp', times: 1, none: 1, unopened: 0},
        {query: 'zzqx order [number]', times: 1, none: 1, unopened: 0},
        {query: 'order cancelled', times: 1, none: 0, unopened: 1},
        {query: 'payment method mismatch', times: 1, none: 0, unopened: 1},
      ].sort((a, b) => b.times - a.times || b.none - a.none || a.query.localeCompare(b.query)),
    );
    expect(report.searches.find((s) => s.query === 'order cancelled')?.closest?.kbId).toMatch(/^AMZ-/);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain('zzqx order [number]');
    expect(html).not.toContain('123456789012');
    // --since: from tomorrow, nothing this browser did is counted; the malformed line still is.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const later = JSON.parse(
      execFileSync(
        'npm',
        ['run', '--silent', 'feedback:report', '--', `--dir=${dir}`, `--since=${tomorrow}`, '--json'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      ),
    ) as FeedbackReport;
    expect(later).toMatchObject({since: tomorrow, events: 0, malformed: 1, articles: [], searches: []});
    fs.rmSync(dir, {recursive: true, force: true});
  });

  it('no console error and no CSP violation along the way', async () => {
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
});
