import {describe, expect, it} from 'vitest';
import {allows, firstBlocked, type Account, type PathMode} from '../../deploy/nginx/workers';

const nobody: Account = {name: 'nobody', uid: 65534, gids: [65534], group: 'nogroup'};
const alice: Account = {name: 'alice', uid: 1000, gids: [1000, 27], group: 'alice'};
const root: Account = {name: 'root', uid: 0, gids: [0], group: 'root'};
const entry = (p: string, mode: number, uid = 0, gid = 0): PathMode => ({path: p, mode, uid, gid});

/** A checkout in a `mktemp -d` folder (0700, root's) under /tmp. */
const checkout = [
  entry('/', 0o755),
  entry('/tmp', 0o1777),
  entry('/tmp/tmp.x', 0o700),
  entry('/tmp/tmp.x/kb', 0o755),
  entry('/tmp/tmp.x/kb/build', 0o755),
  entry('/tmp/tmp.x/kb/build/index.html', 0o644),
];

describe('who can read the build', () => {
  it('nobody is stopped at the first folder closed to others', () => {
    expect(firstBlocked(nobody, checkout)).toBe('/tmp/tmp.x');
    expect(firstBlocked(root, checkout)).toBeNull();
  });

  it('the owner bits apply to the owner, the group bits to members, the others bits to the rest', () => {
    const own = entry('/home/alice', 0o700, 1000, 1000);
    expect(allows(alice, own, 1)).toBe(true);
    expect(allows(nobody, own, 1)).toBe(false);
    const shared = entry('/srv/kb', 0o750, 0, 27);
    expect(allows(alice, shared, 1)).toBe(true);
    expect(allows(nobody, shared, 1)).toBe(false);
    // The owner's own bits win even when the others bits would allow more.
    expect(allows(alice, entry('/x', 0o007, 1000, 1000), 4)).toBe(false);
  });

  it('the file itself must be readable, not only its folders enterable', () => {
    const chain = [...checkout.slice(0, 2), entry('/tmp/kb', 0o755), entry('/tmp/kb/index.html', 0o600)];
    expect(firstBlocked(nobody, chain)).toBe('/tmp/kb/index.html');
  });
});
