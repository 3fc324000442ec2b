/**
 * npm run release — publishes build/ as a new release and switches to it
 * atomically; `npm run release -- --rollback` switches back to the one before.
 * Layout, grace period and pruning: deploy/release/store.ts and policy.ts.
 *
 *   tsx deploy/release/cli.ts [--dir build] [--releases DIR] [--rollback]
 *
 * Environment: RELEASES_DIR (default ./releases), BUILD_DIR (default ./build).
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {contentSecurityPolicy, inlineInventory, prepareRelease, redirectMapEntries} from '../nginx/config';
import {releaseName} from './policy';
import {readRedirects} from '../../src/build/redirects';
import {listReleases, publish, readCurrent, rollback} from './store';
import {readArgs} from '../../scripts/cli';

const root = path.resolve(__dirname, '../..');

/** The checkout's short commit, or "nogit" outside a git checkout. */
function commitId(): string {
  const r = spawnSync('git', ['rev-parse', '--short=7', 'HEAD'], {cwd: root, encoding: 'utf8'});
  return r.status === 0 ? r.stdout.trim() : 'nogit';
}

/** A release name no existing release has: names hold whole seconds, so two releases in one second step on. */
function freshName(releasesDir: string, now: Date): string {
  const taken = new Set(listReleases(releasesDir));
  const commit = commitId();
  for (let t = now.getTime(); ; t += 1000) {
    const name = releaseName(new Date(t), commit);
    if (!taken.has(name) && !fs.existsSync(path.join(releasesDir, `.incoming-${name}`))) return name;
  }
}

/**
 * What nginx sends differently for a release: the CSP (hashes of inline scripts)
 * and the redirects. serve:prod --releases with njs reads both per request from
 * the release's _server/ (written by prepareRelease before the switch); without
 * njs they are in its config, which it renders again and reloads.
 */
function serverPolicy(dir: string): string {
  return `${contentSecurityPolicy(inlineInventory(dir))}\n${redirectMapEntries(readRedirects(dir))}`;
}

function main(): void {
  const {values: args} = readArgs('[--dir DIR] [--releases DIR] [--rollback]', {
    dir: {type: 'string'},
    releases: {type: 'string'},
    rollback: {type: 'boolean'},
  });
  const releasesDir = path.resolve(args.releases ?? process.env.RELEASES_DIR ?? 'releases');
  if (args.rollback) {
    const [from, to] = rollback(releasesDir);
    console.log(`Rolled back: ${path.join(releasesDir, 'current')} → ${to} (was ${from}).`);
    return;
  }
  const buildDir = path.resolve(args.dir ?? process.env.BUILD_DIR ?? 'build');
  const now = new Date();
  const name = freshName(releasesDir, now);
  const before = readCurrent(releasesDir);
  // Checked before anything is switched: a build nginx could not serve (its policy too long) is refused here.
  const policy = serverPolicy(buildDir);
  const {removedReleases, removedAssets} = publish({buildDir, releasesDir, name, now, prepare: prepareRelease});
  console.log(`Released ${buildDir} as ${path.join(releasesDir, name)}; current → ${name}.`);
  // A release made before the policy had a size limit may exceed it: then it differs, it does not fail the release.
  const previousPolicy = (dir: string) => {
    try {
      return serverPolicy(dir);
    } catch (e) {
      return `unreadable: ${(e as Error).message}`;
    }
  };
  if (
    before &&
    fs.existsSync(path.join(releasesDir, before)) &&
    previousPolicy(path.join(releasesDir, before)) !== policy
  )
    console.warn(
      `Note: this release changes the inline-script hashes or the redirects of ${before}: ` +
        'a running "serve:prod --releases" serves them with this release, with no reload (without njs it renders ' +
        'its config again and reloads nginx gracefully within a second; another server serving this folder without ' +
        'njs needs its config rendered again: serve:prod --config-only).',
    );
  if (removedReleases.length)
    console.log(
      `Pruned ${removedReleases.length} release(s) past the grace period (${removedReleases.join(', ')}) and ${removedAssets} shared asset(s).`,
    );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
