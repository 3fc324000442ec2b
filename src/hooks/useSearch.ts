import {useCallback, useEffect, useState} from 'react';
import {loadSearchEngine} from '../search/client';
import type {SearchEngine, SearchHit, SearchOptions, SearchState} from '../search/types';
import {useSearchIndexUrl} from './useSearchIndexUrl';

/** The engine once loaded; `load()` starts loading it (again after a failure), so the caller decides when. */
export function useSearchEngine(): {engine: SearchEngine | null; failed: boolean; load: () => void} {
  const indexUrl = useSearchIndexUrl();
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    loadSearchEngine(indexUrl).then(
      (e) => {
        setEngine(e);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [indexUrl]);
  return {engine, failed, load};
}

export interface SearchAnswer {
  /** Hits of the latest answered query: while the next one loads, the previous ones (no flicker while typing). */
  readonly hits: readonly SearchHit[];
  /** How many articles match in all (the hits are the best `limit` of them). */
  readonly total: number;
  /** The query `hits` answer. */
  readonly answered: string;
  /** `hits` answer the current query and options. */
  readonly current: boolean;
  /** The current query failed (an index file could not be loaded). */
  readonly failed: boolean;
  /** Its words, when each is in nearly every article (then there are no hits: the reader is told why). */
  readonly tooCommon?: readonly string[];
  /** An answer, only a guess on weak words, or nothing (SearchResults.state). */
  readonly state: SearchState;
  /** The words the first hit matched on, said when it is only a guess. */
  readonly matched?: readonly string[];
}

const none: SearchAnswer = {hits: [], total: 0, answered: '', current: false, failed: false, state: 'none'};

/**
 * Runs `query` whenever it or the options change. Answers can arrive out of
 * order (a later keystroke's shards may be cached while an earlier one's
 * are not): only the answer to the latest query is kept.
 */
export function useSearchHits(engine: SearchEngine | null, query: string, {limit, guide}: SearchOptions): SearchAnswer {
  const key = JSON.stringify([query, limit ?? null, guide ?? null]);
  const [answer, setAnswer] = useState<(SearchAnswer & {key: string}) | null>(null);
  const active = engine !== null && query.trim() !== '';
  useEffect(() => {
    if (!engine || !query.trim()) return;
    let latest = true;
    engine.searchWithTotal(query, {limit, guide}).then(
      ({hits, total, tooCommon, state, matched}) => {
        if (latest)
          setAnswer({key, hits, total, tooCommon, state, matched, answered: query, current: true, failed: false});
      },
      () => {
        if (latest) setAnswer({key, hits: [], total: 0, answered: query, current: true, failed: true, state: 'none'});
      },
    );
    return () => {
      latest = false;
    };
  }, [engine, query, limit, guide, key]);
  if (!active || !answer) return none;
  return answer.key === key ? answer : {...answer, current: false, failed: false};
}
