/**
 * Scoring of one search over the query sets: per kind and overall top-1,
 * top-3, MRR and the mean number of results, plus every miss. The same code
 * scores our engine and the peers, so their figures compare.
 */
import {evalKinds, type EvalKind, type EvalQuery} from './querySets';

/** What one search returned for one query, as a reader sees it. */
export interface SearchOutcome {
  /** Result pages in order: a KB ID, or the path of a page that is not an article. */
  readonly ranked: readonly string[];
  /** How many results the reader is told about (the list's length when nothing else is said). */
  readonly count: number;
  /** The count the search's own page states, when it counts something else (easyops counts sections). */
  readonly told?: number;
  /** The anchor of the first result's link ('' for the article's top), when the search links into articles. */
  readonly firstAnchor?: string;
  /** What the search says of its answer (ours: data-search-state); a peer that says nothing stands by any result. */
  readonly state?: 'answer' | 'weak' | 'none';
}

/** A search under evaluation: ours, or a peer. */
export interface Searcher {
  readonly name: string;
  search(query: string): Promise<SearchOutcome>;
  /** Frees what the searcher holds (a browser, a server). */
  close(): Promise<void>;
}

export interface QueryResult extends SearchOutcome {
  readonly query: EvalQuery;
  /** 0-based rank of the first expected article; -1 when none was returned. */
  readonly rank: number;
}

export interface KindFigures {
  readonly kind: EvalKind | 'overall';
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly mrr: number;
  readonly meanResults: number;
  /** Mean of what the search's page states (SearchOutcome.told), which is meanResults unless it counts otherwise. */
  readonly meanTold: number;
}

export async function runQueries(searcher: Searcher, queries: readonly EvalQuery[]): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  // One at a time: a browser-driven peer shares one page between queries.
  for (const query of queries) {
    const outcome = await searcher.search(query.q);
    results.push({...outcome, query, rank: outcome.ranked.findIndex((id) => query.expect.includes(id))});
  }
  return results;
}

function figures(kind: KindFigures['kind'], results: readonly QueryResult[]): KindFigures {
  const n = results.length;
  const share = (f: (r: QueryResult) => number) => (n ? results.reduce((t, r) => t + f(r), 0) / n : 0);
  return {
    kind,
    n,
    top1: share((r) => (r.rank === 0 ? 1 : 0)),
    top3: share((r) => (r.rank >= 0 && r.rank < 3 ? 1 : 0)),
    mrr: share((r) => (r.rank >= 0 ? 1 / (r.rank + 1) : 0)),
    meanResults: share((r) => r.count),
    meanTold: share((r) => r.told ?? r.count),
  };
}

/** One row per kind present, in the kinds' order, then "overall". */
export function summarize(results: readonly QueryResult[]): KindFigures[] {
  return [
    ...evalKinds
      .map((kind) =>
        figures(
          kind,
          results.filter((r) => r.query.kind === kind),
        ),
      )
      .filter((row) => row.n > 0),
    figures('overall', results),
  ];
}

export const misses = (results: readonly QueryResult[]): QueryResult[] => results.filter((r) => r.rank !== 0);
