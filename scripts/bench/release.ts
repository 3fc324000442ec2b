/**
 * npm run bench:release — release switches under a bounded load; a
 * benchmark that prints figures, not a timed test.
 *
 * Two releases (build/ and a build with one article edited and one short
 * link more, so that every switch changes the server's redirects), served by
 * `serve:prod --releases`; autocannon on loopback, 50 keep-alive connections
 * for 20 s over the article pages and the largest search index shard of each
 * release, while `current` is switched 5 times back and forth (the same atomic
 * rename as npm run release and --rollback). Beside the load, a checker
 * fetches an article page again and again and every asset it names: a page
 * whose assets 404 is a body that mixes two releases; it also asks for the
 * short link only B has, to show that the switches did change the redirects.
 * Connection resets (ECONNRESET, EPIPE) are counted apart: a browser retries a
 * GET on one, a beacon or an API client does not. Target: every count 0, and
 * the exit code says so.
 *
 *   tsx scripts/bench/release.ts [--b DIR] [--duration 20] [--connections 50] [--switches 5]
 *
 * --b reuses a build of the edited release (else one is built, about 15 s).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import {startProdServer} from '../../deploy/serve-prod';
import {releaseName} from '../../deploy/release/policy';
import {buildEditedRelease, changedArticle} from '../../deploy/release/editedBuild';
import {publish, switchCurrent} from '../../deploy/release/store';
import {prepareRelease} from '../../deploy/nginx/config';
import {sitemapPaths} from '../../tests/e2e/browser';
import {searchIndexPath} from '../../tests/nginx/support';
import {readArgs} from '../cli';

const {values: args} = readArgs('[--duration S] [--connections N] [--switches N] [--b DIR]', {
  duration: {type: 'string'},
  connections: {type: 'string'},
  switches: {type: 'string'},
  b: {type: 'string'},
});
const arg = (name: keyof typeof args) => args[name];
const duration = Number(arg('duration') ?? 20);
const connections = Number(arg('connections') ?? 50);
const switches = Number(arg('switches') ?? 5);
const buildA = path.resolve(process.env.BUILD_DIR ?? 'build');

interface MixCheck {
  pages: number;
  mixed: number;
  errors: number;
  /** Pages seen per release, told apart by the edited sentence. */
  seen: {a: number; b: number};
  /** How the short link only B has answered: 301 while B's redirects are served, 404 under A's. */
  onlyInB: {redirected: number; notFound: number};
}

/** A short link release B adds to its _redirects: a switch between A and B changes the server's redirects. */
const onlyInB = {from: '/kb/only-in-b', to: '/articles/order-cancelled'};

/** Errors that are a connection the server reset or closed under a request, by code. */
const resetCodes = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** Until `until` resolves: fetch the edited article, then every /assets/ file it names; count pages with a 404. */
async function checkMixing(origin: string, until: Promise<void>): Promise<MixCheck> {
  const check: MixCheck = {pages: 0, mixed: 0, errors: 0, seen: {a: 0, b: 0}, onlyInB: {redirected: 0, notFound: 0}};
  let done = false;
  void until.then(() => (done = true));
  while (!done) {
    try {
      const html = await (await fetch(`${origin}${changedArticle.path}`)).text();
      if (html.includes(changedArticle.before)) check.seen.a++;
      if (html.includes(changedArticle.after)) check.seen.b++;
      const assets = [...new Set([...html.matchAll(/(?:src|href)="?(\/assets\/[^"\s>]+)/g)].map((m) => m[1]))];
      const statuses = await Promise.all(assets.map(async (a) => (await fetch(`${origin}${a}`)).status));
      check.pages++;
      if (statuses.some((s) => s !== 200)) check.mixed++;
      const link = await fetch(`${origin}${onlyInB.from}`, {redirect: 'manual'});
      await link.arrayBuffer();
      if (link.status === 301) check.onlyInB.redirected++;
      else if (link.status === 404) check.onlyInB.notFound++;
    } catch {
      check.errors++;
    }
  }
  return check;
}

async function main() {
  if (!fs.existsSync(path.join(buildA, 'index.html')))
    throw new Error(`No build at ${buildA}: run "npm run build" first.`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-release-'));
  const buildB = path.join(work, 'build-b');
  if (arg('b')) fs.cpSync(path.resolve(arg('b')!), buildB, {recursive: true});
  else {
    console.error('Building the edited release…');
    buildEditedRelease(buildB);
  }
  fs.appendFileSync(path.join(buildB, '_redirects'), `${onlyInB.from} ${onlyInB.to} 301\n`);
  const releases = path.join(work, 'releases');
  const now = Date.now();
  const names = [releaseName(new Date(now - 1000), 'aaaaaaa'), releaseName(new Date(now), 'bbbbbbb')];
  // As npm run release does: compressed files and server settings written before a release goes live.
  publish({buildDir: buildA, releasesDir: releases, name: names[0], now: new Date(now), prepare: prepareRelease});
  publish({buildDir: buildB, releasesDir: releases, name: names[1], now: new Date(now), prepare: prepareRelease});
  switchCurrent(releases, names[0]);

  const server = await startProdServer({releases, port: 0, quiet: true});
  try {
    const articles = sitemapPaths(buildA).filter((p) => p.startsWith('/articles/'));
    const shards = [buildA, buildB].map((dir) =>
      searchIndexPath({buildDir: dir, servedDir: dir, baseUrl: '/', csp: '', brotli: false, feedbackFile: null}),
    );
    const paths = [...articles, ...shards];
    console.error(`${articles.length} article pages + ${shards.length} search index shards, ${duration} s…`);

    const resets = new Map<string, number>();
    let instance: autocannon.Instance | undefined;
    const load = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: server.url,
          connections,
          duration,
          reconnectRate: 500, // see scripts/bench/load.ts: honour nginx's keepalive_requests close
          headers: {'accept-encoding': 'gzip, deflate, br, zstd'},
          requests: paths.map((p) => ({method: 'GET' as const, path: p})),
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    instance?.on('reqError', (error: NodeJS.ErrnoException) => {
      const code = error.code ?? error.message;
      if (resetCodes.has(code)) resets.set(code, (resets.get(code) ?? 0) + 1);
    });
    const finished = load.then(() => undefined);
    const mixing = checkMixing(server.url, finished);

    // Switches evenly spread over the run, alternating B, A, B, …
    const switched: string[] = [];
    for (let i = 0; i < switches; i++) {
      await new Promise((r) => setTimeout(r, (duration * 1000) / (switches + 1)));
      const to = names[(i + 1) % 2];
      switchCurrent(releases, to);
      switched.push(to === names[0] ? 'A' : 'B');
    }
    const result = await load;
    const mix = await mixing;
    const statuses = result.statusCodeStats as unknown as Record<string, {count: number}>;
    const non200 = Object.entries(statuses)
      .filter(([code]) => code !== '200')
      .reduce((n, [, s]) => n + s.count, 0);

    console.log(
      `\n${connections} connections, ${duration} s, ${switches} switches (${switched.join(' → ')}), ` +
        `${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} after the run.\n`,
    );
    console.log('| figure | count |');
    console.log('| --- | ---: |');
    console.log(`| requests (autocannon) | ${result.requests.total.toLocaleString('en')} |`);
    console.log(`| responses not 200 | ${non200} |`);
    console.log(`| errors + timeouts | ${result.errors + result.timeouts} |`);
    console.log(
      `| article pages checked with all their assets | ${mix.pages.toLocaleString('en')} (A ${mix.seen.a}, B ${mix.seen.b}) |`,
    );
    console.log(`| pages mixing two releases (an asset 404) | ${mix.mixed} |`);
    console.log(`| checker errors | ${mix.errors} |`);
    console.log(`| p99 latency | ${result.latency.p99} ms |`);
    const resetCount = [...resets.values()].reduce((a, b) => a + b, 0);
    console.log(
      `| connection resets (${[...resetCodes].join(', ')}) | ${resetCount}${resets.size ? ` (${[...resets].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''} |`,
    );
    console.log(
      `| short link only B has: 301 / 404 (both: the redirects changed) | ${mix.onlyInB.redirected} / ${mix.onlyInB.notFound} |`,
    );
    if (resetCount) {
      console.error(`\n${resetCount} connection(s) reset across the switches: expected none.`);
      process.exitCode = 1;
    }
    if (non200 + result.errors + result.timeouts + mix.mixed + mix.errors > 0) {
      console.error('\nSome requests failed across the switches: expected none.');
      process.exitCode = 1;
    }
    // All zeros mean something only if the switches happened: the checker must have seen both releases live.
    if (!mix.seen.a || !mix.seen.b || !mix.onlyInB.redirected || !mix.onlyInB.notFound) {
      console.error(
        `\nThe checker saw release A ${mix.seen.a} times and B ${mix.seen.b}, and B's short link redirect ` +
          `${mix.onlyInB.redirected} times and answer 404 ${mix.onlyInB.notFound}: expected each, or no config-changing switch was measured.`,
      );
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
    fs.rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
