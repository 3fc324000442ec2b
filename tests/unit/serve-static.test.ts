/**
 * deploy/serve-static.ts, the server of the browser tests and the benchmarks: clean URLs, the site's 404 page
 * with status 404, gzip for text, long caching for hashed assets, and with --redirects the 301s of _redirects,
 * matched as nginx matches them.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startStaticServer} from '../../deploy/serve-static';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-static-'));
const script = `console.log(${JSON.stringify('a line of the site’s script '.repeat(40))});\n`;
const files: Record<string, string> = {
  'index.html': '<!doctype html><p>home</p>',
  'symptoms.html': '<!doctype html><p>symptoms</p>',
  'guide/index.html': '<!doctype html><p>guide</p>',
  '404.html': '<!doctype html><p>not found</p>',
  'assets/js/main.0a1b2c.js': script,
  _redirects: '/kb/AMZ-001 /articles/x 301\n/kb/amz-001 /articles/x 301\n',
};
for (const [name, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
  fs.writeFileSync(path.join(dir, name), text);
}

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

function get(url: string, headers: http.OutgoingHttpHeaders = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .request(url, {method, headers}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
      })
      .on('error', reject)
      .end();
  });
}

const servers: (http.Server & {url: string})[] = [];
let plain: string;
let withRedirects: string;
beforeAll(async () => {
  servers.push(await startStaticServer({dir}), await startStaticServer({dir, redirects: true}));
  [plain, withRedirects] = servers.map((s) => s.url);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  fs.rmSync(dir, {recursive: true, force: true});
});

describe('the static server', () => {
  it('answers clean URLs with the page, as static hosts do', async () => {
    for (const [url, text] of [
      ['/', 'home'],
      ['/symptoms', 'symptoms'],
      ['/guide', 'guide'],
      ['/guide/', 'guide'],
    ]) {
      const res = await get(`${plain}${url}`);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.body.toString(), url).toContain(text);
    }
  });

  it('answers an unknown path, or one out of the folder, with the site’s 404 page and status 404', async () => {
    for (const url of ['/nothing-here', '/../package.json', '/%2e%2e/package.json']) {
      const res = await get(`${plain}${url}`);
      expect(res.status, url).toBe(404);
      expect(res.body.toString(), url).toContain('not found');
    }
  });

  it('gzips text for a client that accepts it, and caches hashed assets for good', async () => {
    const url = `${plain}/assets/js/main.0a1b2c.js`;
    const gz = await get(url, {'accept-encoding': 'gzip, deflate'});
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(gz.headers['content-type']).toMatch(/^text\/javascript/);
    expect(gz.headers['cache-control']).toMatch(/immutable/);
    expect(zlib.gunzipSync(gz.body).toString()).toBe(script);
    const raw = await get(url);
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString()).toBe(script);
    const head = await get(url, {}, 'HEAD');
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  it('answers the 301s of _redirects with --redirects only, whatever the letter case or trailing slash', async () => {
    for (const url of ['/kb/AMZ-001', '/kb/amz-001/', '/KB/Amz-001']) {
      const res = await get(`${withRedirects}${url}`);
      expect([res.status, res.headers.location], url).toEqual([301, '/articles/x']);
    }
    expect((await get(`${plain}/kb/AMZ-001`)).status).toBe(404);
  });
});
