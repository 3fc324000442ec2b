/**
 * Which part of a long route list holds a path: computed the same way when
 * the build splits the list (split.ts) and when the browser looks a path up
 * (client.ts), so neither needs a table of every path.
 */

/** A path as react-router matches it: decoded, any letter case, with or without a trailing slash. */
export function normalizedRoutePath(pathname: string): string {
  let p = pathname;
  try {
    p = decodeURI(p);
  } catch {
    // A malformed escape: look the path up as it came.
  }
  p = p.toLowerCase();
  return p.length > 1 ? p.replace(/\/+$/, '') || '/' : p;
}

/** Bucket 0…count-1 of `pathname` (FNV-1a over the normalized path). */
export function bucketOf(pathname: string, count: number): number {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`bucketOf: expected a bucket count ≥ 1, received ${count}`);
  const p = normalizedRoutePath(pathname);
  let h = 0x811c9dc5;
  for (let i = 0; i < p.length; i++) {
    h ^= p.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}
