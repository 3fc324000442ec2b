/**
 * A release whose redirects differ from the live one's (a new article's short
 * link) is served with them by the running serve:prod --releases: it renders
 * its config again and nginx re-reads it gracefully. Nothing is restarted, and
 * whoever runs the server does nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startProdServer, type ProdServer} from '../../scripts/serve-prod';
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

/** Where nginx sends `from` now: the 301's Location, or the status when it is no redirect. */
async function redirect(): Promise<string> {
  const res = await fetch(`${server.url}${from}`, {redirect: 'manual'});
  return res.status === 301 ? new URL(res.headers.get('location')!, server.url).pathname : String(res.status);
}

beforeAll(async () => {
  fs.cpSync(buildA, buildB, {recursive: true});
  fs.appendFileSync(path.join(buildB, '_redirects'), `${from} ${to} 301\n`);
  expect(release(releases, '--dir', buildA).status).toBe(0);
  server = await startProdServer({releases, port: 0, quiet: true});
  void server.exited.then(() => (stopped = true));
}, 120_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(work, {recursive: true, force: true});
});

describe('serve:prod --releases, across releases with different redirects', () => {
  it('does not know the link before release B', async () => {
    expect(await redirect()).toBe('404');
  });

  it('answers it with a 301 once B is current, with no restart', async () => {
    const switched = release(releases, '--dir', buildB);
    expect(switched.status, switched.output).toBe(0);
    await expect.poll(redirect, {timeout: 10_000, interval: 200}).toBe(to);
    expect(stopped).toBe(false);
    expect((await fetch(`${server.url}${to}`)).status).toBe(200);
  });

  it('forgets it again after a rollback to A', async () => {
    const back = release(releases, '--rollback');
    expect(back.status, back.output).toBe(0);
    await expect.poll(redirect, {timeout: 10_000, interval: 200}).toBe('404');
    expect(stopped).toBe(false);
  });
});
