import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {assetPath, parseCsp, searchIndexPath} from './support';

const baseURL = inject('baseURL');
const nginx = inject('nginx');
const base = nginx.baseUrl;

const htmlFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, {withFileTypes: true})
    .flatMap((e) =>
      e.isDirectory() ? htmlFiles(path.join(dir, e.name)) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [],
    );

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${baseURL}${p}`, {headers, redirect: 'manual'});

const resources = [
  {
    what: 'an article (HTML)',
    path: `${base}articles/order-cancelled`,
    status: 200,
    type: 'text/html',
    cache: 'no-cache',
  },
  {
    what: 'the main script (hashed asset)',
    path: assetPath(nginx, 'main.'),
    status: 200,
    type: 'text/javascript',
    cache: 'public, max-age=31536000, immutable',
  },
  {
    what: 'a search index file (hashed folder)',
    path: searchIndexPath(nginx),
    status: 200,
    type: 'application/json',
    cache: 'public, max-age=31536000, immutable',
  },
  {what: 'an unknown path (404 page)', path: `${base}no-such-page`, status: 404, type: 'text/html', cache: 'no-cache'},
];

describe('security headers', () => {
  it.each(resources)('are on $what', async ({path: p, status, type, cache}) => {
    const res = await get(p);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(new RegExp(`^${type}`));
    expect(res.headers.get('content-security-policy')).toBe(nginx.csp);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const permissions = res.headers.get('permissions-policy') ?? '';
    for (const denied of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(permissions).toContain(`${denied}=()`);
    expect(permissions).toContain('clipboard-write=(self)');
    expect(res.headers.get('cache-control')).toBe(cache);
  });

  it('are on redirects too', async () => {
    const res = await get(`${base}kb/AMZ-003`);
    expect(res.status).toBe(301);
    expect(res.headers.get('content-security-policy')).toBe(nginx.csp);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the Content-Security-Policy', () => {
  const csp = parseCsp(nginx.csp);

  it('allows scripts from the site and by hash only: no unsafe-eval, no unsafe-inline', () => {
    const scripts = csp.get('script-src')!;
    expect(scripts[0]).toBe("'self'");
    expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(s))).toBe(true);
    expect(nginx.csp).not.toContain('unsafe-eval');
    expect(nginx.csp).not.toContain("'unsafe-inline'");
    expect(nginx.csp).not.toMatch(/(^|\s)\*|https?:/);
  });

  it('hashes every inline script of the build, and no JSON-LD data block', () => {
    // An independent, plain-text scan of the built HTML (the server uses an HTML parser).
    const inline = new Set<string>();
    const dataBlocks = new Set<string>();
    for (const file of htmlFiles(nginx.buildDir)) {
      for (const [, attrs, body] of fs.readFileSync(file, 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attrs)) continue;
        const hash = `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`;
        (/type=["']?application\/ld\+json/.test(attrs) ? dataBlocks : inline).add(hash);
      }
    }
    expect(inline.size).toBeGreaterThan(0);
    expect(dataBlocks.size).toBeGreaterThan(0);
    const scripts = csp.get('script-src')!;
    expect(scripts.slice(1).sort()).toEqual([...inline].sort());
    for (const hash of dataBlocks) expect(scripts).not.toContain(hash);
  });

  it('stays the same size whatever the number of articles: their redirect pages share one script', () => {
    // The theme's color-mode script and the redirect pages' one; npm run test:multi runs this on 60 articles.
    expect(csp.get('script-src')!.length - 1).toBeLessThanOrEqual(3);
    expect(nginx.csp.length).toBeLessThan(1000);
  });

  it('locks down everything else', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("allows the site's stylesheets plus only the exact style attributes its HTML carries", () => {
    const attributes = new Set<string>();
    for (const file of htmlFiles(nginx.buildDir)) {
      const markup = fs.readFileSync(file, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''); // markup inside script strings is not the page's
      for (const m of markup.matchAll(/<[a-z][^>]*?\sstyle=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
        const value = (m[1] ?? m[2] ?? m[3])
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&');
        attributes.add(`'sha256-${crypto.createHash('sha256').update(value).digest('base64')}'`);
      }
    }
    const styles = csp.get('style-src')!;
    expect(styles[0]).toBe("'self'");
    expect(styles).not.toContain("'unsafe-inline'");
    if (attributes.size) expect(styles).toContain("'unsafe-hashes'");
    expect(styles.filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...attributes].sort());
  });
});

describe('caching', () => {
  it('revalidates HTML with its ETag', async () => {
    const first = await get(`${base}symptoms`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get(`${base}symptoms`, {'if-none-match': etag!});
    expect(again.status).toBe(304);
  });

  it('does not cache a missing asset as immutable', async () => {
    const res = await get(`${base}assets/js/missing.0000.js`);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('compression', () => {
  it.each([
    ['HTML', `${base}articles/order-cancelled`],
    ['the main script', assetPath(nginx, 'main.')],
    ['a search index file', searchIndexPath(nginx)],
    ['the 404 page', `${base}no-such-page`],
  ])('gzips %s when asked', async (_, p) => {
    const res = await get(p, {'accept-encoding': 'gzip'});
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect((await res.text()).length).toBeGreaterThan(0);
  });

  it('sends identity to a client that does not ask for compression', async () => {
    const res = await get(`${base}articles/order-cancelled`, {'accept-encoding': 'identity'});
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it.runIf(nginx.brotli)('serves brotli when the Debian module is installed and the client prefers it', async () => {
    const res = await get(searchIndexPath(nginx), {'accept-encoding': 'br'});
    expect(res.headers.get('content-encoding')).toBe('br');
  });
});
