/**
 * A small static server for the built site, as common static hosts behave:
 * clean URLs (/symptoms → symptoms.html), the site's 404.html with status
 * 404, gzip for text. With --redirects it also answers the 301s of
 * build/_redirects, like Netlify or Cloudflare Pages. Used by the browser
 * tests and the benchmarks; `npm run serve` is Docusaurus' own server.
 *
 *   tsx scripts/serve-static.ts [--dir build] [--port 3000] [--redirects]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type {AddressInfo} from 'node:net';
import {readArgs} from './cli';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  readonly dir: string;
  readonly port?: number;
  readonly redirects?: boolean;
}

function readRedirects(dir: string): Map<string, string> {
  const file = path.join(dir, '_redirects');
  const map = new Map<string, string>();
  if (!fs.existsSync(file)) return map;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (from && to) map.set(from.toLowerCase(), to);
  }
  return map;
}

function resolveFile(dir: string, pathname: string): string | null {
  const clean = path.normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(dir, clean);
  if (!base.startsWith(dir)) return null;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function startStaticServer({
  dir,
  port = 0,
  redirects = false,
}: StaticServerOptions): Promise<http.Server & {url: string}> {
  const root = path.resolve(dir);
  const redirectMap = redirects ? readRedirects(root) : new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const target = redirectMap.get(url.pathname.toLowerCase().replace(/\/$/, ''));
    if (target) {
      res.writeHead(301, {location: target});
      res.end();
      return;
    }
    let file: string | null;
    try {
      file = resolveFile(root, url.pathname);
    } catch {
      file = null;
    }
    const status = file ? 200 : 404;
    file ??= path.join(root, '404.html');
    const type = types[path.extname(file)] ?? 'application/octet-stream';
    const body = fs.readFileSync(file);
    const headers: http.OutgoingHttpHeaders = {'content-type': type};
    if (/immutable|\/assets\//.test(file)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    if (/gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg|javascript/.test(type)) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : zlib.gzipSync(body));
    } else {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const {port: actual} = server.address() as AddressInfo;
      resolve(Object.assign(server, {url: `http://127.0.0.1:${actual}`}));
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const {values} = readArgs('[--dir DIR] [--port N] [--redirects]', {
    dir: {type: 'string', default: 'build'},
    port: {type: 'string'},
    redirects: {type: 'boolean'},
  });
  startStaticServer({
    dir: values.dir,
    port: Number(values.port ?? process.env.PORT ?? 3000),
    redirects: values.redirects === true,
  }).then((s) => console.log(`Serving ${values.dir} at ${s.url}`));
}
