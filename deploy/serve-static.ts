/**
 * A small static server for the built site, as common static hosts behave:
 * clean URLs (/symptoms → symptoms.html), the site's 404.html with status
 * 404, gzip for text (the .gz files precompress writes beside it first, as
 * serve:prod does). With --redirects it also answers the 301s of
 * build/_redirects, like Netlify or Cloudflare Pages. Used by the browser
 * tests and the benchmarks; `npm run serve` is Docusaurus' own server.
 *
 *   tsx deploy/serve-static.ts [--dir build] [--port 3000] [--redirects]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type {AddressInfo} from 'node:net';
import sirv from 'sirv';
import {readArgs} from '../scripts/cli';
import {readRedirects, redirectKey, redirectTable} from '../src/build/redirects';
import {precompressOrWarn} from './precompress';

/** sirv names a charset for HTML only: the text a reader opens as it is says it is UTF-8 too. */
const textTypes: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  readonly dir: string;
  readonly port?: number;
  readonly redirects?: boolean;
}

/** The target of the redirect a request path meets, matched as nginx matches it; none for a malformed path. */
function redirectFor(table: Readonly<Record<string, string>>, url = '/'): string | undefined {
  try {
    return table[redirectKey(new URL(url, 'http://localhost').pathname)];
  } catch {
    return undefined;
  }
}

export async function startStaticServer({
  dir,
  port = 0,
  redirects = false,
}: StaticServerOptions): Promise<http.Server & {url: string}> {
  const root = path.resolve(dir);
  const table = redirects ? redirectTable(readRedirects(root)) : {};
  precompressOrWarn(root, 'text is sent uncompressed instead');
  const files = sirv(root, {
    gzip: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      const type = textTypes[path.extname(pathname)];
      if (type) res.setHeader('content-type', type);
      if (/immutable|\/assets\//.test(pathname)) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    },
    onNoMatch(_req, res) {
      res.writeHead(404, {'content-type': 'text/html; charset=utf-8'});
      res.end(fs.readFileSync(path.join(root, '404.html')));
    },
  });
  const server = http.createServer((req, res) => {
    const target = redirectFor(table, req.url);
    if (target) res.writeHead(301, {location: target}).end();
    else files(req, res);
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
  }).then(
    (s) => console.log(`Serving ${values.dir} at ${s.url}`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
