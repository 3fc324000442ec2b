import {cachedPromise} from '../lib/promiseCache';
import type {IndexLoader} from './engine';
import {manifestFile} from './indexFormat';
import type {SearchEngine} from './types';

const engines = new Map<string, Promise<SearchEngine>>();

/** Reads index files with fetch(): plain static JSON, cached by the browser like any asset. */
function fetchLoader(indexUrl: string): IndexLoader {
  return async (file) => {
    const url = `${indexUrl}${file}`;
    const res = await fetch(url);
    if (!res.ok) throw new Error(`Search index: ${url} answered HTTP ${res.status}, expected 200`);
    return res.json() as Promise<unknown>;
  };
}

/**
 * Loads the ranking code and the index manifest on first use only (focus on
 * the search box, or the /search page), never with an article; the engine
 * then fetches the shards and records each query needs. `indexUrl` is the
 * index folder with the base URL (useSearchIndexUrl), ending in "/".
 */
export function loadSearchEngine(indexUrl: string): Promise<SearchEngine> {
  // A failed load (e.g. a flaky connection) is tried again by the next search.
  return cachedPromise(engines, indexUrl, () => {
    const load = fetchLoader(indexUrl);
    // The code chunk and the manifest download side by side.
    return Promise.all([import(/* webpackChunkName: "search-engine" */ './engine'), load(manifestFile)]).then(
      ([engine, manifest]) => engine.createEngine(load, manifest),
    );
  });
}
