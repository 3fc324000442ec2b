/**
 * A bounded load run against nginx on loopback — a benchmark, not a test:
 * requests per second and latency (p50, p99) for an article page and for the
 * largest term shard of the search index, as browsers fetch them
 * (compressed), with autocannon.
 * Starts nginx from build/ the way `npm run serve:prod` does (or measures a
 * running server with --url), and fails if any request errs or is not 2xx.
 *
 *   tsx scripts/bench/load.ts [--dir build] [--url http://127.0.0.1:8080] [--duration 10] [--connections 10]
 *
 * On a 2-core machine autocannon and nginx share the CPU: the numbers are a
 * floor for the server and a regression check, not a capacity plan.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {spawnSync} from 'node:child_process';
import autocannon from 'autocannon';
import {globSync} from 'tinyglobby';
import {findNginx, startProdServer, type ProdServer} from '../../deploy/serve-prod';
import {normalizeBaseUrl} from '../../src/build/paths';
import {readArgs} from '../cli';

const {values: args} = readArgs('[--duration S] [--connections N] [--dir DIR] [--url URL]', {
  duration: {type: 'string'},
  connections: {type: 'string'},
  dir: {type: 'string'},
  url: {type: 'string'},
});
const arg = (name: keyof typeof args) => args[name];
const duration = Number(arg('duration') ?? 10);
const connections = Number(arg('connections') ?? 10);
const buildDir = path.resolve(arg('dir') ?? process.env.BUILD_DIR ?? 'build');
const baseUrl = normalizeBaseUrl();

/** What Chromium sends, and what a gzip-only client sends. */
const encodings = ['gzip, deflate, br, zstd', 'gzip'];

/** Status, content encoding and size on the wire of one response (not decompressed). */
function probe(url: string, acceptEncoding: string): Promise<{status: number; encoding: string; bytes: number}> {
  return new Promise((resolve, reject) => {
    http
      .get(url, {headers: {'accept-encoding': acceptEncoding}}, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
            bytes,
          }),
        );
      })
      .on('error', reject);
  });
}

/** `<hash>/t/<n>.json`: the biggest file a query may fetch from the split index (src/search/build/). */
function largestShard(parent: string): string {
  const files = globSync('**/t/*', {cwd: parent, absolute: true});
  if (!files.length)
    throw new Error(`No search index shard in ${parent}: run "npm run build" first (or pass --dir / BUILD_DIR).`);
  const [largest] = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  return path.relative(parent, largest).split(path.sep).join('/');
}

/** autocannon measures latency in whole milliseconds: 0 means under 1 ms. */
const ms = (n: number) => (n === 0 ? '<1 ms' : `${Number.isInteger(n) ? n : n.toFixed(1)} ms`);

async function main() {
  const shard = largestShard(path.join(buildDir, 'assets/search-index'));
  const targets = [
    {name: 'Article page', path: `${baseUrl}articles/order-cancelled`},
    {name: 'Search index shard', path: `${baseUrl}assets/search-index/${shard}`},
  ];

  const loadBefore = os.loadavg()[0].toFixed(1);
  let server: ProdServer | undefined;
  let origin = arg('url');
  if (!origin) {
    server = await startProdServer({dir: buildDir, port: 0, quiet: true});
    origin = server.url;
  }
  try {
    const rows: string[] = [];
    let failed = false;
    for (const target of targets) {
      for (const acceptEncoding of encodings) {
        const url = `${origin}${target.path}`;
        const first = await probe(url, acceptEncoding);
        if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
        // nginx closes a keep-alive connection after keepalive_requests (1000) responses with
        // "Connection: close"; autocannon ignores that header and would count the race as an
        // ECONNRESET, so it reconnects on its own first, as a browser would honour the header.
        const result = await autocannon({
          url,
          connections,
          duration,
          reconnectRate: 500,
          headers: {'accept-encoding': acceptEncoding},
        });
        const bad = result.errors + result.timeouts + result.non2xx;
        if (bad) failed = true;
        rows.push(
          `| ${target.name} | \`${acceptEncoding}\` → ${first.encoding} | ${(first.bytes / 1024).toFixed(1)} KB | ${Math.round(result.requests.average).toLocaleString('en')} | ` +
            `${ms(result.latency.p50)} | ${ms(result.latency.p99)} | ${ms(result.latency.max)} | ${result.requests.total.toLocaleString('en')} | ${bad} |`,
        );
        console.error(`${target.name}, ${acceptEncoding}: done`);
      }
    }

    const nginxVersion = spawnSync(findNginx(), ['-v'], {encoding: 'utf8'}).stderr.trim();
    console.log(
      `\n${nginxVersion}, ${os.cpus().length} cores (load average ${loadBefore} before the run), ` +
        `${connections} connections, ${duration} s per row, autocannon on the same machine.\n`,
    );
    console.log(
      '| Target | Accept-Encoding → served | Body on the wire | Req/s (mean) | p50 | p99 | max | Requests | Errors + non-2xx |',
    );
    console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
    if (failed) {
      console.error('\nSome requests failed: expected none.');
      process.exitCode = 1;
    }
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
