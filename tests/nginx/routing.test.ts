import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {readRedirects} from '../../src/build/redirects';

const baseURL = inject('baseURL');
const nginx = inject('nginx');
const base = nginx.baseUrl;

const get = (p: string) => fetch(`${baseURL}${p}`, {redirect: 'manual'});

/** build/_redirects, written by the kb plugin from siteRedirects(): the site's one list of redirects. */
const redirects = readRedirects(nginx.buildDir).map(({from, to}): [string, string] => [from, to]);

/** Flips the case of every letter: /kb/AMZ-003 → /KB/amz-003. */
const swapCase = (s: string) =>
  s.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));

describe('short links', () => {
  it.each(['AMZ-003', 'amz-003', 'Amz-003', 'aMZ-003'])(`/kb/%s answers 301 to the article`, async (id) => {
    const res = await get(`${base}kb/${id}`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${base}articles/order-cancelled`);
  });

  it('keep the query string', async () => {
    const res = await get(`${base}kb/Amz-003?highlight=payment`);
    expect(res.headers.get('location')).toBe(`${base}articles/order-cancelled?highlight=payment`);
  });
});

describe('every redirect of build/_redirects', () => {
  it('has a short link for each article, as /kb/AMZ-003 and /kb/amz-003, to one target', () => {
    const shortLinks = redirects.filter(([from]) => from.startsWith(`${base}kb/`));
    expect(shortLinks.length).toBeGreaterThanOrEqual(16);
    const byId = new Map<string, [string, string][]>();
    for (const rule of shortLinks) byId.set(rule[0].toLowerCase(), [...(byId.get(rule[0].toLowerCase()) ?? []), rule]);
    for (const [id, rules] of byId) {
      expect(rules.map(([from]) => from).sort(), id).toEqual([id.replace(/[^/]+$/, (s) => s.toUpperCase()), id].sort());
      expect(new Set(rules.map(([, to]) => to)).size, id).toBe(1);
    }
  });

  it.each(redirects)('%s → %s, in any letter case, with or without a trailing slash', async (from, to) => {
    for (const variant of [from, from.toLowerCase(), swapCase(from), `${from}/`]) {
      const res = await get(variant);
      expect(res.status, variant).toBe(301);
      expect(res.headers.get('location'), variant).toBe(to);
    }
  });
});

describe('clean URLs', () => {
  it.each(['', 'symptoms', 'troubleshoot', 'search', 'tools/character-check', 'articles/order-cancelled'])(
    '%s answers 200 from its .html file',
    async (p) => {
      const res = await get(`${base}${p}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const file = path.join(nginx.buildDir, p === '' ? 'index.html' : `${p}.html`);
      expect(await res.text()).toBe(fs.readFileSync(file, 'utf8'));
    },
  );
});

describe('an unknown path', () => {
  it.each(['no-such-page', 'articles/no-such-article', 'kb/AMZ-999', 'assets/js/none.js'])(
    "%s answers 404 with the site's not-found page",
    async (p) => {
      const res = await get(`${base}${p}`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(html).toBe(fs.readFileSync(path.join(nginx.buildDir, '404.html'), 'utf8'));
      expect(html).toContain('Page not found');
      expect(html).toMatch(new RegExp(`<form[^>]*action=["']?${base}search`));
      expect(html).toMatch(new RegExp(`href=["']?${base}symptoms`));
    },
  );
});
