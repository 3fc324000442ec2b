/**
 * Who nginx's workers run as, so they can read the site from any checkout.
 *
 * Started by a normal user, nginx cannot change user: the workers read what
 * that user reads. Started by root, they run as `nobody`, which cannot enter a
 * checkout under a 0700 folder (`mktemp -d`, /root). Then serve-prod serves a
 * readable copy of the build, or, for a releases folder (which must stay live
 * for atomic switches, so cannot be copied), runs the workers as its owner.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Account {
  readonly name: string;
  readonly uid: number;
  /** Primary group first, then supplementary groups. */
  readonly gids: readonly number[];
  /** Name of the primary group, for nginx's `user NAME GROUP;`. */
  readonly group: string;
}

/** The permission bits of one path, as stat gives them. */
export interface PathMode {
  readonly path: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** Whether `account` has `bit` (4 read, 1 enter/execute) on a path with this mode. */
export function allows(account: Account, entry: PathMode, bit: 4 | 1): boolean {
  if (account.uid === 0) return true;
  if (entry.uid === account.uid) return Boolean(entry.mode & (bit << 6));
  if (account.gids.includes(entry.gid)) return Boolean(entry.mode & (bit << 3));
  return Boolean(entry.mode & bit);
}

/**
 * The first folder of `chain` (every folder from / down, then the file) that
 * `account` cannot enter, or the file it cannot read; null when it reads it.
 */
export function firstBlocked(account: Account, chain: readonly PathMode[]): string | null {
  for (const [i, entry] of chain.entries()) {
    const isFile = i === chain.length - 1;
    if (!allows(account, entry, isFile ? 4 : 1)) return entry.path;
  }
  return null;
}

/** The folders from / down to `file`, then `file`, through the link and through its real path. */
export function pathChain(file: string): PathMode[] {
  const chain = (p: string): PathMode[] => {
    const parts: string[] = [];
    for (let dir = path.dirname(p); ; dir = path.dirname(dir)) {
      parts.unshift(dir);
      if (dir === path.dirname(dir)) break;
    }
    return [...parts, p].map((entry) => {
      const s = fs.statSync(entry);
      return {path: entry, mode: s.mode, uid: s.uid, gid: s.gid};
    });
  };
  const real = fs.realpathSync(file);
  // Both: nginx walks the path it was given, then the kernel follows the links in it.
  return real === file ? chain(file) : [...chain(file).slice(0, -1), ...chain(real)];
}

function readTable(file: string): string[][] {
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => l.split(':'))
    : [];
}

/** An account from /etc/passwd and /etc/group, by name or uid; null if there is none. */
export function lookupAccount(who: string | number): Account | null {
  const user = readTable('/etc/passwd').find((f) => (typeof who === 'number' ? Number(f[2]) === who : f[0] === who));
  if (!user) return null;
  const groups = readTable('/etc/group');
  const gid = Number(user[3]);
  const supplementary = groups.filter((g) => (g[3] ?? '').split(',').includes(user[0])).map((g) => Number(g[2]));
  const group = groups.find((g) => Number(g[2]) === gid)?.[0] ?? user[0];
  return {name: user[0], uid: Number(user[2]), gids: [gid, ...supplementary], group};
}

/** nobody with Debian's nogroup (or a `nobody` group elsewhere). */
export function nobodyAccount(): Account {
  return lookupAccount('nobody') ?? {name: 'nobody', uid: 65534, gids: [65534], group: 'nogroup'};
}
