import type {NamedMatch} from './named';

/** A place inside an article a result can point at: the issue, a cause or a step. */
export interface SearchSection {
  /** Anchor on the article page; empty for the top of the article. */
  readonly anchor: string;
  /** Shown before the snippet: "Cause: Test Mode", "Step 2". */
  readonly label: string;
  readonly text: string;
  /** A step's causes (anchors) it fixes; none when it applies to every cause. */
  readonly fixes?: readonly string[];
}

/** A piece of snippet text, marked when it matched the query. */
export interface SnippetPart {
  readonly text: string;
  readonly match: boolean;
}

export interface SearchHit {
  readonly kbId: string;
  readonly title: string;
  /** Id of the article's guide, e.g. "amz". */
  readonly guide: string;
  /** Article path plus the anchor of the best-matching section (a symptom's declared cause). */
  readonly href: string;
  readonly sectionLabel: string;
  readonly snippet: readonly SnippetPart[];
  readonly score: number;
  /** The query's distinctive words, to mark on the article opened from this result. */
  readonly highlight: string;
  /** The article answers its guide's named things (docs/<guide>/named.json): a query naming one gets its answer here. */
  readonly named?: boolean;
}

export interface SearchResults {
  /** The best `limit` hits. */
  readonly hits: readonly SearchHit[];
  /** How many articles match in all, shown or not. */
  readonly total: number;
  /**
   * The query's words, when every one of them is in nearly every article searched
   * ("amazon order"): such words find nothing on their own, and the reader is told why.
   */
  readonly tooCommon?: readonly string[];
  /**
   * Whether the first hit is an answer ("answer"), only a guess on weak or incidental words ("weak"),
   * or there is nothing ("none"). /search marks it as data-search-state.
   */
  readonly state: SearchState;
  /** The query's words the first hit holds, as typed (folded): what a weak answer matched on. */
  readonly matched?: readonly string[];
}

export type SearchState = 'answer' | 'weak' | 'none';

export interface SearchOptions {
  /** Most hits returned; 10 when not given. */
  readonly limit?: number;
  /** Only articles of this guide (its id, e.g. "amz"). */
  readonly guide?: string;
}

export interface SearchEngine {
  /** Ranked hits; fetches (once) the index files the query needs. Rejects only when a file cannot be loaded. */
  search(query: string, options?: SearchOptions): Promise<readonly SearchHit[]>;
  /** The same, with the number of all matching articles, for "See all N results". */
  searchWithTotal(query: string, options?: SearchOptions): Promise<SearchResults>;
  /**
   * The named thing a query names, in the guides searched ("Italy", "www.amazon.de" for AMZ), if any: data of
   * the index, so what each guide answers (src/guides/answers.ts) loads with the search, not with every page.
   */
  findNamed(query: string, options?: SearchOptions): NamedMatch | undefined;
}
