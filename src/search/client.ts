import type {SearchEngine} from './engine';

let pending: Promise<SearchEngine> | null = null;

/**
 * Loads the index chunk and the ranking code on first use only (focus on the
 * search box, or the /search page), never with an article.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  pending ??= Promise.all([
    import(/* webpackChunkName: "search-index" */ '@generated/kb-content/default/search-index.json'),
    import(/* webpackChunkName: "search-engine" */ './engine'),
  ])
    .then(([data, engine]) => engine.createEngine(data.default))
    .catch((error: unknown) => {
      pending = null; // let the next attempt retry, e.g. after a flaky connection
      throw error;
    });
  return pending;
}
