/**
 * Release naming and the grace-period policy, with no file system involved
 * (tests/unit/release-policy.test.ts pins them).
 *
 * A release is named `<UTC time>-<commit>`, e.g. `20261130T010203Z-5ab1d3b`,
 * so name order is time order and `ls` lists them in the order they shipped.
 */

/** How long the hashed assets of earlier releases stay reachable for tabs opened on them. */
export interface GracePolicy {
  /** Keep at least this many of the newest releases. */
  readonly keepCount: number;
  /** Keep every release that was live within this many days. */
  readonly keepDays: number;
}

export const defaultGrace: GracePolicy = {keepCount: 5, keepDays: 14};

const namePattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-([0-9a-f]{4,40}|nogit)$/;

/** `20261130T010203Z-5ab1d3b`: the time (UTC, whole seconds) and the short commit the build came from. */
export function releaseName(time: Date, commit: string): string {
  if (!/^([0-9a-f]{4,40}|nogit)$/.test(commit))
    throw new Error(`release name: expected a hex commit id (or "nogit"), received "${commit}"`);
  const stamp = time
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-${commit.slice(0, 12)}`;
}

/** The time in a release name, or null when the name is not one of ours (current, a temp link, a stray folder). */
export function releaseTime(name: string): Date | null {
  const m = namePattern.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(time.getTime()) ? null : time;
}

export const isReleaseName = (name: string): boolean => releaseTime(name) !== null;

/** Release names, oldest first; anything else in the folder is left out. */
export function sortReleases(names: readonly string[]): string[] {
  return names.filter(isReleaseName).sort();
}

/**
 * The releases whose files must stay: the newest `keepCount`, every release
 * that was live within `keepDays` (a release stops being live when the next
 * one ships, so an old release replaced yesterday is kept, its tabs are
 * fresh), and the current one whatever its age (after a rollback). Whichever
 * rule keeps more wins, because each only ever adds.
 */
export function releasesToKeep(
  names: readonly string[],
  current: string | null,
  now: Date,
  policy: GracePolicy = defaultGrace,
): Set<string> {
  const sorted = sortReleases(names);
  const cutoff = now.getTime() - policy.keepDays * 86_400_000;
  const keep = new Set(sorted.slice(-policy.keepCount));
  sorted.forEach((name, i) => {
    const next = sorted[i + 1];
    const liveUntil = next ? releaseTime(next)!.getTime() : Infinity;
    if (liveUntil >= cutoff) keep.add(name);
  });
  if (current) keep.add(current);
  return keep;
}

/** The release a rollback from `current` goes back to: the newest one older than it. */
export function previousRelease(names: readonly string[], current: string): string | null {
  const older = sortReleases(names).filter((n) => n < current);
  return older.at(-1) ?? null;
}
