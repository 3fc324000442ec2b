import {describe, expect, it} from 'vitest';
import {previousRelease, releaseName, releaseTime, releasesToKeep, sortReleases} from '../../deploy/release/policy';

const day = 86_400_000;
const now = new Date('2026-11-30T12:00:00Z');
/** A release made `daysAgo` days before now. */
const made = (daysAgo: number, commit = 'abc1234') => releaseName(new Date(now.getTime() - daysAgo * day), commit);

describe('release names', () => {
  it('are the UTC time to the second and the short commit, so name order is time order', () => {
    expect(releaseName(new Date('2026-11-30T01:02:03.456Z'), '5ab1d3b')).toBe('20261130T010203Z-5ab1d3b');
    expect(releaseName(new Date('2026-01-02T00:00:00Z'), 'nogit')).toBe('20260102T000000Z-nogit');
    expect(sortReleases([made(1), made(30), made(2)])).toEqual([made(30), made(2), made(1)]);
  });

  it('keep at most 12 characters of a full commit id', () => {
    expect(releaseName(now, 'a'.repeat(40))).toBe('20261130T120000Z-aaaaaaaaaaaa');
  });

  it('refuse a commit that is not a hex id, saying what they received', () => {
    // @ts-expect-error a missing commit is a caller's mistake
    expect(() => releaseName(now, undefined)).toThrow();
    expect(() => releaseName(now, 'main/../x')).toThrowErrorMatchingInlineSnapshot(
      `[Error: release name: expected a hex commit id (or "nogit"), received "main/../x"]`,
    );
  });

  it('are read back to their time; other folder entries are not releases', () => {
    expect(releaseTime('20261130T010203Z-5ab1d3b')?.toISOString()).toBe('2026-11-30T01:02:03.000Z');
    expect(releaseTime('current')).toBeNull();
    expect(releaseTime('shared')).toBeNull();
    expect(releaseTime('.incoming-20261130T010203Z-5ab1d3b')).toBeNull();
    expect(sortReleases(['current', 'shared', made(1), '.current-1-2'])).toEqual([made(1)]);
  });
});

describe('grace period: the last 5 releases or 14 days, whichever keeps more', () => {
  it('keeps the newest 5 even when they are all older than 14 days', () => {
    const names = [60, 50, 40, 35, 30, 25, 20].map((d) => made(d));
    expect([...releasesToKeep(names, names.at(-1)!, now)].sort()).toEqual(names.slice(-5));
  });

  it('keeps every release live within 14 days even when that is more than 5', () => {
    const names = [20, 13, 10, 8, 6, 4, 2, 1].map((d) => made(d));
    const keep = releasesToKeep(names, names.at(-1)!, now);
    // 20 days old but live until the next release 13 days ago: tabs opened on it may still be open.
    expect([...keep].sort()).toEqual(names);
  });

  it('prunes a release replaced more than 14 days ago once 5 newer ones exist', () => {
    const names = [40, 30, 20, 6, 5, 4, 3].map((d) => made(d));
    const keep = releasesToKeep(names, names.at(-1)!, now);
    expect(keep.has(made(40))).toBe(false); // replaced 30 days ago
    expect(keep.has(made(30))).toBe(false); // replaced 20 days ago
    expect(keep.has(made(20))).toBe(true); // replaced 6 days ago
    expect(keep.size).toBe(5);
  });

  it('never prunes the current release, even an old one after a rollback', () => {
    const names = [90, 40, 30, 20, 10, 9, 8].map((d) => made(d));
    const keep = releasesToKeep(names, made(90), now);
    expect(keep.has(made(90))).toBe(true);
    expect(keep.has(made(40))).toBe(false);
  });

  it('reads the limits from the policy it is given', () => {
    const names = [3, 2, 1].map((d) => made(d));
    expect([...releasesToKeep(names, null, now, {keepCount: 1, keepDays: 0})]).toEqual([made(1)]);
  });
});

describe('rollback target', () => {
  it('is the newest release older than the current one', () => {
    const names = [made(3), made(2), made(1), 'current'];
    expect(previousRelease(names, made(1))).toBe(made(2));
    expect(previousRelease(names, made(2))).toBe(made(3));
    expect(previousRelease(names, made(3))).toBeNull();
  });
});
