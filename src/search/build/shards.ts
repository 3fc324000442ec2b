/**
 * Splits the sorted term list into files (build only). Term shards fill up
 * to a byte budget in term order, so a busy prefix ("ord…") spreads over
 * several shards with longer keys while rare letters share one; a term
 * bigger than the budget gets a shard of its own.
 */

/** Shortest prefix of `next` that sorts after `prev` (prev < next): the key that separates them. */
export function separator(prev: string, next: string): string {
  let i = 0;
  while (i < prev.length && prev[i] === next[i]) i++;
  return next.slice(0, i + 1);
}

export interface Parts<T> {
  /** Lowest key of each part (the first is ""), as IndexManifest.shards. */
  readonly keys: string[];
  readonly parts: T[][];
}

/**
 * Groups sorted items into parts of about `budget` bytes (`size` of each
 * item). `breakable(prev, next)` says where a part may end.
 */
export function splitSorted<T>(
  items: readonly T[],
  key: (item: T) => string,
  size: (item: T) => number,
  budget: number,
  breakable: (prev: string, next: string) => boolean = () => true,
): Parts<T> {
  const keys: string[] = [];
  const parts: T[][] = [];
  let bytes = 0;
  items.forEach((item, i) => {
    const prev = i > 0 ? key(items[i - 1]) : '';
    const full = bytes >= budget || (bytes > 0 && bytes + size(item) > budget * 1.5);
    if (i === 0 || (full && breakable(prev, key(item)))) {
      keys.push(i === 0 ? '' : separator(prev, key(item)));
      parts.push([]);
      bytes = 0;
    }
    parts[parts.length - 1].push(item);
    bytes += size(item);
  });
  if (!parts.length) return {keys: [''], parts: [[]]};
  return {keys, parts};
}

/** A vocabulary part never splits a first letter: typo matching reads one part per word. */
export const newFirstLetter = (prev: string, next: string): boolean => prev[0] !== next[0];
