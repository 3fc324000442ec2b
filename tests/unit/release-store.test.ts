import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {releaseName} from '../../deploy/release/policy';
import {listReleases, publish, readCurrent, rollback} from '../../deploy/release/store';

let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-release-test-'));
});
afterEach(() => fs.rmSync(work, {recursive: true, force: true}));

const day = 86_400_000;
const start = new Date('2026-11-01T00:00:00Z');

/** A minimal build: two pages and one hashed chunk named after `tag`. */
function fakeBuild(tag: string): string {
  const dir = path.join(work, `build-${tag}`);
  fs.mkdirSync(path.join(dir, 'assets/js'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'index.html'), `<p>${tag}</p>`);
  fs.writeFileSync(path.join(dir, '404.html'), 'not found');
  fs.writeFileSync(path.join(dir, `assets/js/main.${tag}.js`), `/* ${tag} */`);
  return dir;
}

const releases = () => path.join(work, 'releases');
const served = (file: string) => fs.readFileSync(path.join(releases(), 'current', file), 'utf8');
const shared = () => fs.readdirSync(path.join(releases(), 'shared/assets/js')).sort();

/** Publishes build `tag`, made `days` days after the start. */
function ship(tag: string, days: number) {
  const now = new Date(start.getTime() + days * day);
  return publish({buildDir: fakeBuild(tag), releasesDir: releases(), name: releaseName(now, 'abc1234'), now});
}

describe('npm run release', () => {
  it('copies the build into a named release and points current at it', () => {
    ship('a', 0);
    expect(listReleases(releases())).toEqual(['20261101T000000Z-abc1234']);
    expect(readCurrent(releases())).toBe('20261101T000000Z-abc1234');
    expect(fs.lstatSync(path.join(releases(), 'current')).isSymbolicLink()).toBe(true);
    expect(served('index.html')).toBe('<p>a</p>');
    ship('b', 1);
    expect(served('index.html')).toBe('<p>b</p>');
    // No temp link or half copy is left behind.
    expect(fs.readdirSync(releases()).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps the assets of earlier releases reachable in shared/ until the grace period ends', () => {
    ['a', 'b', 'c', 'd', 'e', 'f'].forEach((tag, i) => ship(tag, i * 20));
    // Six releases, 20 days apart: the newest five stay, "a" (replaced 100 days ago) goes.
    expect(shared()).toEqual(['main.b.js', 'main.c.js', 'main.d.js', 'main.e.js', 'main.f.js']);
    expect(listReleases(releases())).toHaveLength(5);
  });

  it('refuses a folder without a build, naming what it expected', () => {
    fs.mkdirSync(path.join(work, 'empty'));
    expect(() =>
      publish({
        buildDir: path.join(work, 'empty'),
        releasesDir: releases(),
        name: releaseName(start, 'abc1234'),
        now: start,
      }),
    ).toThrow(
      /^No build to release at .*empty: expected .*empty\/index\.html, .*404\.html, .*assets\. Run "npm run build" first/,
    );
  });
});

describe('npm run release -- --rollback', () => {
  it('switches current back to the release before it, one step at a time', () => {
    ship('a', 0);
    ship('b', 1);
    ship('c', 2);
    rollback(releases());
    expect(served('index.html')).toBe('<p>b</p>');
    rollback(releases());
    expect(served('index.html')).toBe('<p>a</p>');
    expect(() => rollback(releases())).toThrow(
      /^Nothing to roll back to: .*current is 20261101T000000Z-abc1234, expected an older release in .*, found none\.$/,
    );
  });

  it('never lands on a release it was rolled back from: A, B, back to A, C, back goes to A', () => {
    ship('a', 0);
    ship('b', 1);
    rollback(releases());
    expect(served('index.html')).toBe('<p>a</p>');
    ship('c', 2);
    expect(served('index.html')).toBe('<p>c</p>');
    rollback(releases());
    expect(served('index.html')).toBe('<p>a</p>');
  });

  it('says so when there is no release at all', () => {
    expect(() => rollback(releases())).toThrow(
      /^Nothing to roll back: expected .*releases\/current to point at a release/,
    );
  });
});
