/**
 * The releases folder on disk:
 *
 *   RELEASES_DIR/
 *     20261130T010203Z-5ab1d3b/   a full copy of build/ (never written again)
 *     current -> 20261130T…       what nginx serves; replaced by rename(2), so atomically
 *     shared/assets/…             hard links to the assets/ of every kept release
 *
 * nginx answers /assets/ from shared/ first: a tab opened on an earlier
 * release still finds its hashed chunks and search index there, for the
 * grace period (policy.ts). Pages come from current/ only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {previousRelease, releasesToKeep, sortReleases, type GracePolicy} from './policy';

export const currentLink = 'current';
export const sharedDir = 'shared';

/** Throws unless `buildDir` holds a finished build (a page, the 404 page and the hashed assets). */
export function checkBuild(buildDir: string): void {
  const missing = ['index.html', '404.html', 'assets'].filter((f) => !fs.existsSync(path.join(buildDir, f)));
  if (missing.length)
    throw new Error(
      `No build to release at ${buildDir}: expected ${missing.map((f) => path.join(buildDir, f)).join(', ')}. ` +
        'Run "npm run build" first (or pass --dir).',
    );
}

/** The release `current` points at, or null when there is none yet. */
export function readCurrent(releasesDir: string): string | null {
  try {
    return path.basename(fs.readlinkSync(path.join(releasesDir, currentLink)));
  } catch {
    return null;
  }
}

export function listReleases(releasesDir: string): string[] {
  return fs.existsSync(releasesDir) ? sortReleases(fs.readdirSync(releasesDir)) : [];
}

/**
 * Points `current` at `name` in one step: a new symlink under a temp name,
 * then rename(2) over the old one. A request resolves the link either before
 * or after, never in between; the target is relative so the folder can move.
 */
export function switchCurrent(releasesDir: string, name: string): void {
  if (!fs.statSync(path.join(releasesDir, name)).isDirectory())
    throw new Error(`Cannot switch to ${name}: ${path.join(releasesDir, name)} is not a release folder`);
  const temp = path.join(releasesDir, `.${currentLink}-${process.pid}-${Date.now()}`);
  fs.symlinkSync(name, temp);
  fs.renameSync(temp, path.join(releasesDir, currentLink));
}

/** Every file below `dir`, relative to it; none when there is no `dir`. */
const filesUnder = (dir: string): string[] => globSync('**', {cwd: dir, dot: true});

/** Links every asset of `name` into shared/assets/ (a hard link costs no space; a copy where links fail). */
export function shareAssets(releasesDir: string, name: string): void {
  const from = path.join(releasesDir, name, 'assets');
  const to = path.join(releasesDir, sharedDir, 'assets');
  for (const rel of filesUnder(from)) {
    const target = path.join(to, rel);
    if (fs.existsSync(target)) continue; // hashed names: same name, same bytes
    fs.mkdirSync(path.dirname(target), {recursive: true});
    try {
      fs.linkSync(path.join(from, rel), target);
    } catch {
      fs.copyFileSync(path.join(from, rel), target);
    }
  }
}

export interface PruneResult {
  readonly removedReleases: readonly string[];
  readonly removedAssets: number;
}

/** Removes the releases the policy no longer keeps, then the shared assets no kept release has. */
export function prune(releasesDir: string, now: Date, policy?: GracePolicy): PruneResult {
  const names = listReleases(releasesDir);
  const keep = releasesToKeep(names, readCurrent(releasesDir), now, policy);
  const removedReleases = names.filter((n) => !keep.has(n));
  for (const name of removedReleases) fs.rmSync(path.join(releasesDir, name), {recursive: true, force: true});

  const kept = new Set([...keep].flatMap((n) => filesUnder(path.join(releasesDir, n, 'assets'))));
  const shared = path.join(releasesDir, sharedDir, 'assets');
  let removedAssets = 0;
  for (const rel of filesUnder(shared)) {
    if (kept.has(rel)) continue;
    fs.rmSync(path.join(shared, rel));
    removedAssets++;
  }
  removeEmptyDirs(shared);
  return {removedReleases, removedAssets};
}

function removeEmptyDirs(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, {withFileTypes: true})) {
    if (!e.isDirectory()) continue;
    const sub = path.join(dir, e.name);
    removeEmptyDirs(sub);
    if (fs.readdirSync(sub).length === 0) fs.rmdirSync(sub);
  }
}

export interface PublishOptions {
  readonly buildDir: string;
  readonly releasesDir: string;
  readonly name: string;
  readonly now: Date;
  readonly policy?: GracePolicy;
  /**
   * Run on the copy before it goes live, e.g. writing its compressed files and the server settings nginx
   * reads per request (deploy/nginx/config.ts prepareRelease): a request never sees it without them.
   */
  readonly prepare?: (releaseDir: string) => void;
}

/**
 * Copies the build in under a temp name (a half-copied release never has a
 * release name), shares its assets before anyone can be served a page that
 * needs them, switches `current`, then prunes.
 */
export function publish({buildDir, releasesDir, name, now, policy, prepare}: PublishOptions): PruneResult {
  checkBuild(buildDir);
  const target = path.join(releasesDir, name);
  if (fs.existsSync(target)) throw new Error(`Release ${target} already exists: expected a new release name`);
  fs.mkdirSync(releasesDir, {recursive: true});
  const incoming = path.join(releasesDir, `.incoming-${name}`);
  fs.rmSync(incoming, {recursive: true, force: true});
  fs.cpSync(buildDir, incoming, {recursive: true});
  prepare?.(incoming);
  fs.renameSync(incoming, target);
  shareAssets(releasesDir, name);
  switchCurrent(releasesDir, name);
  return prune(releasesDir, now, policy);
}

/**
 * The releases a rollback left, one name a line: a release rolled back from is one someone found broken,
 * so a later rollback does not land on it again (A, B, roll back to A, C, roll back: A, not B).
 */
export const rolledBackFile = 'rolled-back';

function rolledBack(releasesDir: string): Set<string> {
  const file = path.join(releasesDir, rolledBackFile);
  return new Set(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

/**
 * Switches `current` back to the newest older release never rolled back from; returns [from, to].
 */
export function rollback(releasesDir: string): [string, string] {
  const current = readCurrent(releasesDir);
  if (!current)
    throw new Error(
      `Nothing to roll back: expected ${path.join(releasesDir, currentLink)} to point at a release; run "npm run release" first.`,
    );
  const left = rolledBack(releasesDir);
  const previous = previousRelease(
    listReleases(releasesDir).filter((n) => !left.has(n)),
    current,
  );
  if (!previous)
    throw new Error(
      `Nothing to roll back to: ${path.join(releasesDir, currentLink)} is ${current}, expected an older release in ${releasesDir}, found none` +
        (listReleases(releasesDir).some((n) => n < current)
          ? ` that was not rolled back from (${path.join(releasesDir, rolledBackFile)} lists those).`
          : '.'),
    );
  shareAssets(releasesDir, previous); // already there unless someone pruned by hand
  switchCurrent(releasesDir, previous);
  fs.appendFileSync(path.join(releasesDir, rolledBackFile), `${current}\n`);
  return [current, previous];
}
