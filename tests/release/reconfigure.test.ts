/**
 * A release whose redirects and CSP differ from the live one's (a new
 * article's short link, a new inline style) is served with them by the running
 * serve:prod --releases, with no reload: nginx reads both from the release
 * `current` points at, per request (deploy/release.js). Nothing is restarted,
 * no keep-alive connection is closed, and whoever runs the server does nothing.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startProdServer, type ProdServer} from '../../deploy/serve-prod';
import {contentSecurityPolicy, inlineInventory} from '../../deploy/nginx/config';
import {release, root} from './support';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-release-config-'));
const releases = path.join(work, 'releases');
const buildA = path.resolve(root, process.env.RELEASE_BUILD_DIR ?? 'build');
const buildB = path.join(work, 'build-b');
/** A short link only release B has. */
const from = '/kb/only-in-b';
const to = '/articles/order-cancelled';

let server: ProdServer;
let stopped = false;
/** One keep-alive connection, opened before the switches: a reload would close it. */
const agent = new http.Agent({keepAlive: true, maxSockets: 1});
let cspOf: {a: string; b: string};
/** The local port of that connection under release A. */
let portUnderA = 0;

/** nginx's worker processes now: a reload replaces them all. */
function workers(): string[] {
  const master = fs.readFileSync(path.join(server.prefix, 'nginx.pid'), 'utf8').trim();
  return fs
    .readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === master;
      } catch {
        return false; // gone meanwhile
      }
    })
    .sort();
}
let workersUnderA: string[] = [];

/** A GET on the kept-alive connection: the status, the CSP, and the local port of the socket it used. */
function keptAlive(p: string): Promise<{status: number; csp: string; port: number}> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${p}`, {agent}, (res) => {
        const port = res.socket.localPort ?? 0; // the socket goes back to the agent at 'end'
        res.resume();
        res.on('end', () =>
          resolve({status: res.statusCode ?? 0, csp: String(res.headers['content-security-policy']), port}),
        );
      })
      .on('error', reject);
  });
}

/** Where nginx sends `from` now: the 301's Location, or the status when it is no redirect. */
async function redirect(): Promise<string> {
  const res = await fetch(`${server.url}${from}`, {redirect: 'manual'});
  return res.status === 301 ? new URL(res.headers.get('location')!, server.url).pathname : String(res.status);
}

beforeAll(async () => {
  fs.cpSync(buildA, buildB, {recursive: true});
  fs.appendFileSync(path.join(buildB, '_redirects'), `${from} ${to} 301\n`);
  // An inline style attribute only B has: its hash joins B's style-src.
  const page = path.join(buildB, 'articles/order-cancelled.html');
  fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('<main', '<main style="outline:0"'));
  cspOf = {a: contentSecurityPolicy(inlineInventory(buildA)), b: contentSecurityPolicy(inlineInventory(buildB))};
  expect(cspOf.b).not.toBe(cspOf.a);
  expect(release(releases, '--dir', buildA).status).toBe(0);
  server = await startProdServer({releases, port: 0, quiet: true});
  void server.exited.then(() => (stopped = true));
}, 120_000);

afterAll(async () => {
  agent.destroy();
  await server?.stop();
  fs.rmSync(work, {recursive: true, force: true});
});

describe('serve:prod --releases, across releases with different redirects', () => {
  it('does not know the link before release B', async () => {
    expect(await redirect()).toBe('404');
    // A path nothing serves, of any script, ends at the 404 page (deploy/release.js looks it up), not at a 500.
    const odd = await fetch(`${server.url}/%C3%A9t%C3%A9%C2%A0%E2%80%A8x/%E3%80%80/`, {redirect: 'manual'});
    expect(odd.status).toBe(404);
    const underA = await keptAlive(to);
    expect(underA.csp).toBe(cspOf.a);
    portUnderA = underA.port;
    workersUnderA = workers();
    expect(workersUnderA.length).toBeGreaterThan(0);
  });

  it('answers it with a 301 once B is current, with no restart', async () => {
    const switched = release(releases, '--dir', buildB);
    expect(switched.status, switched.output).toBe(0);
    await expect.poll(redirect, {timeout: 10_000, interval: 200}).toBe(to);
    expect(stopped).toBe(false);
    expect((await fetch(`${server.url}${to}`)).status).toBe(200);
  });

  it("sends B's CSP, on the keep-alive connection opened under A", async () => {
    expect(await keptAlive(to)).toEqual({status: 200, csp: cspOf.b, port: portUnderA});
    // Past the watcher's next look at `current`: nginx was not reloaded, its workers are the same processes.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(workers()).toEqual(workersUnderA);
  });

  it('forgets it again after a rollback to A', async () => {
    const back = release(releases, '--rollback');
    expect(back.status, back.output).toBe(0);
    await expect.poll(redirect, {timeout: 10_000, interval: 200}).toBe('404');
    expect(stopped).toBe(false);
    expect((await keptAlive(to)).csp).toBe(cspOf.a);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(workers()).toEqual(workersUnderA);
  });
});
