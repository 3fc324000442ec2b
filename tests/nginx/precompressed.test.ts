/**
 * Pre-compressed assets (issue 27, item 8): serve-prod writes a .br and a .gz
 * beside each text file of the build, and nginx sends those files as they are
 * (gzip_static, brotli_static) instead of compressing on every request: the
 * same bytes as on disk, their length, and an ETag of their own, so that a
 * cached brotli body is never revalidated against the plain one.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {assetPath} from './support';

const baseURL = inject('baseURL');
const nginx = inject('nginx');

/** nginx's ETag: the file's mtime in seconds and its size, both in hex. */
const etagOf = (file: string) => {
  const stat = fs.statSync(file);
  return `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;
};

const mainScript = assetPath(nginx, 'main.');
const targets = [
  {what: 'the main script', path: mainScript, file: mainScript.slice(nginx.baseUrl.length)},
  {what: 'an article page', path: `${nginx.baseUrl}articles/order-cancelled`, file: 'articles/order-cancelled.html'},
];
const encodings = [
  {name: 'br', suffix: '.br', accept: 'br', skip: !nginx.brotli},
  {name: 'gzip', suffix: '.gz', accept: 'gzip', skip: false},
];

/** A file of the folder nginx serves (the build, or a readable copy of it). */
const onDisk = (file: string) => path.join(nginx.servedDir, file);

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** As sent: fetch() would decompress it. */
  readonly body: Buffer;
}

function rawGet(urlPath: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(`${baseURL}${urlPath}`, {headers}, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks)}));
      })
      .on('error', reject);
  });
}

describe('pre-compressed text assets', () => {
  for (const target of targets)
    for (const encoding of encodings)
      it.skipIf(encoding.skip)(`${target.what}: ${encoding.name} is the ${encoding.suffix} file on disk`, async () => {
        const file = `${onDisk(target.file)}${encoding.suffix}`;
        expect(fs.existsSync(file), `${file} should exist`).toBe(true);
        const res = await rawGet(target.path, {'accept-encoding': encoding.accept});
        expect(res.status).toBe(200);
        expect(res.headers['content-encoding']).toBe(encoding.name);
        expect(res.headers.vary).toMatch(/accept-encoding/i);
        expect(res.body.equals(fs.readFileSync(file))).toBe(true);
        expect(res.headers['content-length']).toBe(String(fs.statSync(file).size));
        expect(res.headers.etag).toBe(etagOf(file));
      });

  it('sends the plain file, with its own ETag, to a client that takes no encoding', async () => {
    const res = await rawGet(targets[0].path, {'accept-encoding': 'identity'});
    const file = onDisk(targets[0].file);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(fs.readFileSync(file))).toBe(true);
    expect(res.headers.etag).toBe(etagOf(file));
  });

  it('answers 304 to a revalidation with the compressed ETag', async () => {
    const first = await rawGet(targets[1].path, {'accept-encoding': 'gzip'});
    const again = await rawGet(targets[1].path, {
      'accept-encoding': 'gzip',
      'if-none-match': String(first.headers.etag),
    });
    expect(first.headers.etag).toBe(etagOf(`${onDisk(targets[1].file)}.gz`));
    expect(again.status).toBe(304);
  });
});
