/**
 * A URL longer than nginx reads (large_client_header_buffers) gets the site's
 * own page with its search box, status 414, and the site's headers; not
 * nginx's bare 414 (issue 27, item 7). The search page cuts a query before it
 * goes into the URL; a shared or hand-made link can still be this long.
 */
import {describe, expect, inject, it} from 'vitest';

const baseURL = inject('baseURL');
const nginx = inject('nginx');

describe('a 16 KB /search?q= URL', () => {
  it("answers 414 with the site's page and its headers", async () => {
    const query = encodeURIComponent('order failed '.repeat(1300));
    const url = `${baseURL}${nginx.baseUrl}search?q=${query}`;
    expect(url.length).toBeGreaterThan(16 * 1024);
    const res = await fetch(url);
    const body = await res.text();
    expect(res.status).toBe(414);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toBe(nginx.csp);
    expect(body).toContain('id=__docusaurus');
    expect(body).toMatch(/<form role=search[^>]*action=[^ >]*search/);
    expect(body).not.toContain('<center>');
  });
});
