/**
 * Per-term postings with precomputed impacts (build only). The impact of a
 * term in a doc is what MiniSearch, which ranked search before, added up at
 * query time: BM25+ of the term in each field × the field's boost, summed.
 * Computed once here, the browser only adds numbers.
 */
import {termForms, tokenize} from '../text';
import type {DocRecord} from '../indexFormat';
import {fieldBoosts, fields, fieldText, type Field} from './fields';

/** BM25+ parameters (MiniSearch's defaults, which the ranking was tuned with). */
const bm25 = {k: 1.2, b: 0.7, d: 0.5} as const;
/**
 * Fields whose length says nothing of how much a match is worth: `places` is a set of names, one of
 * which the query names. Length-normalised, "Austria" would be worth less for every country added.
 */
const unnormalised: ReadonlySet<Field> = new Set<Field>(['named']);

export interface TermPostings {
  /** Doc numbers, ascending. */
  readonly docs: number[];
  /** The term's impact in each doc. */
  readonly impacts: number[];
}

interface FieldStats {
  /** Per doc: processed term → occurrences. */
  readonly tf: Map<string, number>[];
  /** Per doc: distinct words (as MiniSearch counts a field's length). */
  readonly length: number[];
  /** Term → number of docs whose field holds it. */
  readonly df: Map<string, number>;
  readonly avgLength: number;
}

/** What the index reads besides the records: the named things' tokens per doc, and their patterns. */
export interface NamedInput {
  readonly tokens: ReadonlyMap<number, readonly string[]>;
  readonly patterns: readonly RegExp[];
}

const noNames: NamedInput = {tokens: new Map(), patterns: []};

function fieldStats(records: readonly DocRecord[], field: (typeof fields)[number], named: NamedInput): FieldStats {
  const df = new Map<string, number>();
  const tf: Map<string, number>[] = [];
  const length: number[] = [];
  for (const [doc, r] of records.entries()) {
    const tokens = tokenize(fieldText(r, field, named.tokens.get(doc)), named.patterns);
    const counts = new Map<string, number>();
    for (const token of tokens) for (const term of termForms(token)) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    tf.push(counts);
    length.push(new Set(tokens).size);
  }
  const avgLength = length.reduce((s, n) => s + n, 0) / Math.max(1, records.length);
  return {tf, length, df, avgLength};
}

function bm25Score(tf: number, df: number, docCount: number, length: number, avgLength: number, b: number): number {
  const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
  return idf * (bm25.d + (tf * (bm25.k + 1)) / (tf + bm25.k * (1 - b + (b * length) / avgLength)));
}

/** Every term of every doc, with its impact per doc; docs are numbered by their position in `records`. */
export function computePostings(records: readonly DocRecord[], named = noNames): Map<string, TermPostings> {
  const stats = fields.map(
    (f) => [fieldBoosts[f], fieldStats(records, f, named), unnormalised.has(f) ? 0 : bm25.b] as const,
  );
  const postings = new Map<string, TermPostings>();
  records.forEach((_, doc) => {
    const impacts = new Map<string, number>();
    for (const [boost, s, b] of stats)
      for (const [term, tf] of s.tf[doc]) {
        const score = boost * bm25Score(tf, s.df.get(term)!, records.length, s.length[doc], s.avgLength, b);
        impacts.set(term, (impacts.get(term) ?? 0) + score);
      }
    for (const [term, impact] of impacts) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = {docs: [], impacts: []}));
      p.docs.push(doc);
      p.impacts.push(impact);
    }
  });
  return postings;
}

/**
 * Splits a term's postings into its `max` highest impacts, kept exactly,
 * and the rest, kept as doc numbers with their mean impact. A word in most
 * articles ("order") is then worth its best matches, and still counts as
 * matched everywhere else (the ranking favours articles holding every word
 * of the query), for about a byte per article instead of five.
 */
export function splitPostings(p: TermPostings, max: number): {head: TermPostings; tail?: TailPostings} {
  if (p.docs.length <= max) return {head: p};
  const byImpact = p.docs.map((_, i) => i).sort((a, b) => p.impacts[b] - p.impacts[a] || p.docs[a] - p.docs[b]);
  const pick = (idx: number[]) => idx.sort((a, b) => a - b);
  const head = pick(byImpact.slice(0, max));
  const tail = pick(byImpact.slice(max));
  return {
    head: {docs: head.map((i) => p.docs[i]), impacts: head.map((i) => p.impacts[i])},
    tail: {docs: tail.map((i) => p.docs[i]), impact: tail.reduce((s, i) => s + p.impacts[i], 0) / tail.length},
  };
}

export interface TailPostings {
  readonly docs: number[];
  readonly impact: number;
}
