/**
 * The files of the search index, as src/search/build/ writes them and the
 * engine reads them: plain JSON fetched one by one, so a search downloads
 * the manifest, the few term shards its words fall in, and the records of
 * the articles it shows. All paths are relative to the index folder
 * (`assets/search-index/<content hash>/`).
 */
import type {SearchSection} from './types';
import type {Symptom} from '../kb/types';
import type {NamedGroup} from './named';

/** Bumped when a file's shape changes; the engine refuses any other. */
export const indexFormatVersion = 4;

export const manifestFile = 'manifest.json';
export const shardFile = (shard: number): string => `t/${shard}.json`;
export const vocabFile = (part: number): string => `v/${part}.json`;
export const recordFile = (doc: number): string => `d/${doc}.json`;

/** Articles of one guide: docs `from` (inclusive) to `to` (exclusive). */
export interface GuideRange {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** The guide's KB ID prefix ("AMZ"), so "amz 3" is read as AMZ-003. */
  readonly prefix: string;
  /**
   * The guide's synonyms (docs/<guide>/synonyms.json), expanded: a folded word or phrase → the folded
   * words it also means. A multi-way group gives each of its words the others; a one-way entry its `to`.
   */
  readonly synonyms?: Readonly<Record<string, readonly string[]>>;
  /** The guide's named things (docs/<guide>/named.json), and the doc number of the article answering them. */
  readonly named?: NamedGroup & {readonly doc: number};
}

export interface IndexManifest {
  readonly version: typeof indexFormatVersion;
  /** Number of articles; docs are numbered 0…docs-1, grouped by guide. */
  readonly docs: number;
  readonly guides: readonly GuideRange[];
  /**
   * Lowest key of each term shard, ascending (the first is ""): shard i holds
   * the terms t with shards[i] <= t < shards[i + 1]. Keys are the shortest
   * prefixes that separate two shards, so big prefixes split on longer keys.
   */
  readonly shards: readonly string[];
  /** Same, for the vocabulary parts (typo matching); a first letter never spans two parts. */
  readonly vocab: readonly string[];
}

/**
 * Postings of one term: doc number gaps (the first is the doc itself, docs
 * ascending) and each doc's impact (the term's BM25 per field × the field's
 * boost, summed) × impactScale, rounded. A term in many articles keeps its
 * best impacts so; the other docs follow as a second gap list sharing one
 * impact (their mean).
 */
export type Postings =
  | readonly [gaps: readonly number[], impacts: readonly number[]]
  | readonly [gaps: readonly number[], impacts: readonly number[], tailGaps: readonly number[], tailImpact: number];

/** A term shard: term → postings. */
export type TermShard = Readonly<Record<string, Postings>>;

/** A vocabulary part: the terms without digits, ascending, for typo matching. */
export type VocabPart = readonly string[];

/** Impacts are stored as integers: impact × impactScale. */
export const impactScale = 100;

/** A symptom as the article declares it (front matter): the text, and the cause it names, if any. */
export type RecordSymptom = Symptom;

/** What the engine needs of one article to rank its phrase matches and show it. */
export interface DocRecord {
  readonly kbId: string;
  readonly title: string;
  readonly permalink: string;
  readonly guide: string;
  readonly description: string;
  readonly statusTexts: readonly string[];
  readonly keywords: readonly string[];
  readonly uiPaths: readonly string[];
  readonly symptoms: readonly RecordSymptom[];
  /** Issue, causes and steps: the index's body field. */
  readonly sections: readonly SearchSection[];
  /** Answers the guide's named things (docs/<guide>/named.json): a query naming one leads here. */
  readonly named?: true;
}

/** Index of the shard (or vocabulary part) whose range holds `term`. */
export function partOf(keys: readonly string[], term: string): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keys[mid] <= term) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
