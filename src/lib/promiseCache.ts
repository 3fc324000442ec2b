/**
 * The promise of `key` in `cache`, made by `make` on first ask. A promise
 * that fails leaves the cache (unless another took its place meanwhile), so
 * the next ask tries again: a file that did not load after a flaky
 * connection, an index that could not open.
 */
export function cachedPromise<K, V>(cache: Map<K, Promise<V>>, key: K, make: () => Promise<V>): Promise<V> {
  let p = cache.get(key);
  if (!p) {
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.get(key) === made && cache.delete(key));
    p = made;
  }
  return p;
}
