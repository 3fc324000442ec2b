/**
 * The README's test command works from any checkout: a clone inside a
 * `mktemp -d` folder (mode 0700, closed to nginx's `nobody` workers when run
 * as root) runs the nginx suite and serves a releases folder with no chmod.
 * The clone reuses this checkout's node_modules and build (linked and copied:
 * the build that nginx serves is inside the closed folder).
 */
import {spawn, spawnSync, type SpawnSyncOptions} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {prepareNginx, startProdServer} from '../../deploy/serve-prod';
import {root} from './support';

const outer = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-clone-'));
const clone = path.join(outer, 'kb');

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, {encoding: 'utf8', ...options});
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${output}`);
  return output;
}

beforeAll(() => {
  run('git', ['clone', '-q', root, clone]);
  // The change under test, if not committed yet: tracked edits and new files.
  const diff = run('git', ['-C', root, 'diff', 'HEAD', '--binary']);
  if (diff.trim()) run('git', ['-C', clone, 'apply', '--whitespace=nowarn'], {input: diff});
  const untracked = run('git', ['-C', root, 'ls-files', '--others', '--exclude-standard', '-z']).split('\0');
  for (const file of untracked.filter(Boolean)) {
    fs.mkdirSync(path.dirname(path.join(clone, file)), {recursive: true});
    fs.copyFileSync(path.join(root, file), path.join(clone, file));
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'));
  fs.cpSync(path.join(root, 'build'), path.join(clone, 'build'), {recursive: true});
});
afterAll(() => fs.rmSync(outer, {recursive: true, force: true}));

describe('a checkout inside a folder only its owner may enter', () => {
  it('is one: mode 0700', () => {
    expect((fs.statSync(outer).mode & 0o777).toString(8)).toBe('700');
  });

  it('passes the nginx suite (npm run test:nginx) there, but for its browser tests', () => {
    const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'};
    delete env.BUILD_DIR; // the clone's own build
    // What a closed folder can break is nginx reading the build and writing its logs: every page and file is
    // fetched by the suite's HTTP tests. Its browser tests run on this checkout, a browser adds nothing here.
    const args = ['vitest', 'run', '--config', 'vitest.nginx.config.mts', '--exclude', 'tests/nginx/*browser*'];
    const output = run('npx', args, {cwd: clone, env});
    expect(output).toMatch(/Tests\s+\d+ passed \(\d+\)/);
    expect(output).not.toMatch(/\d+ failed/);
  }, 300_000);

  it("serves it with npm run serve:prod as is, recording feedback in the checkout's own ./feedback", async () => {
    const env: NodeJS.ProcessEnv = {...process.env};
    for (const name of ['BUILD_DIR', 'FEEDBACK_DIR', 'PORT']) delete env[name];
    const child = spawn('npx', ['tsx', 'deploy/serve-prod.ts', '--port', '0'], {cwd: clone, env, detached: true});
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      await expect.poll(() => output, {timeout: 60_000}).toMatch(/nginx serves .* at (http:\S+)|stopped|Error|cannot/);
      const url = /nginx serves .* at (http:\/\/[^\s/]+)/.exec(output)?.[1];
      expect(url, output).toBeDefined();
      expect((await fetch(`${url}/articles/order-cancelled`)).status).toBe(200);
      const vote = {type: 'vote', page: '/articles/order-cancelled', guide: 'amz', kbId: 'AMZ-003', vote: 'up'};
      const posted = await fetch(`${url}/_feedback`, {method: 'POST', body: JSON.stringify(vote)});
      expect(posted.status).toBe(204);
      const log = path.join(clone, 'feedback', 'feedback.jsonl');
      await expect
        .poll(() => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''), {timeout: 5_000})
        .toMatch(/"kbId":"AMZ-003","vote":"up"/);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }, 120_000);

  it.runIf(process.getuid?.() === 0)(
    'says which folder is closed when not even a copy can be served (as root, run folder in a closed one too)',
    async () => {
      const prefix = path.join(outer, 'run'); // inside the 0700 folder: the copy would be closed as well
      await expect(prepareNginx({dir: path.join(clone, 'build'), prefix, port: 0})).rejects.toThrow(
        new RegExp(
          `^nginx workers run as "nobody" and cannot enter ${outer}, nor ${outer} where a copy was tried: ` +
            'chmod o\\+x them, or pass --prefix a folder everyone may enter\\.$',
        ),
      );
    },
  );

  it('serves a releases folder there (npm run release, serve:prod --releases)', async () => {
    run('npx', ['tsx', 'deploy/release/cli.ts'], {cwd: clone});
    const server = await startProdServer({releases: path.join(clone, 'releases'), port: 0, quiet: true});
    try {
      // As root, nobody cannot enter the folder: the workers run as the owner of the releases instead.
      if (process.getuid?.() === 0) expect(server.workers).toMatch(/^root, the owner of the releases/);
      const page = await fetch(`${server.url}/articles/order-cancelled`);
      expect(page.status).toBe(200);
      const asset = (await page.text()).match(/src="?(\/assets\/js\/main\.[0-9a-f]+\.js)/)?.[1];
      expect((await fetch(`${server.url}${asset}`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
