/**
 * Adds up the impacts of the terms a query matched, article by article, in
 * flat typed arrays: a common word holds thousands of postings, and each
 * keystroke runs this again.
 */
import type {ParsedQuery} from './query';
import {stem, stemTerm} from './text';

/** A term's postings once read: docs (the exact ones, then the rest sharing their mean) and impacts × impactScale. */
export interface Decoded {
  readonly docs: readonly number[];
  readonly impacts: readonly number[];
}

/** One index term a query form matched. */
export interface TermMatch {
  /** Position of the form in the query's form list (at most 26, one bit each). */
  readonly form: number;
  readonly term: string;
  /** 1 when the term is the form itself; less for a longer word it starts or a typo. */
  readonly weight: number;
  readonly postings: Decoded;
  /**
   * A common word a typo or a half-typed word grew into ("amazn" → amazon): it adds
   * to the score, but an article does not hold the form through it (`required`).
   */
  readonly common?: boolean;
}

export interface Ranked {
  readonly doc: number;
  readonly score: number;
  /** The query forms the article matched, one bit each (TermMatch.form). */
  readonly forms: number;
}

const bitCount = (n: number) => {
  let c = 0;
  for (let m = n; m; m &= m - 1) c++;
  return c;
};

/**
 * Every article matched, best first, scored as the ranking always has been:
 * the sum of weight × impact, × the number of query forms matched, × (0.25 +
 * coverage²), coverage being the share of the query's words matched (by
 * stem). An article must hold each word of a quoted phrase, and one of the
 * forms in the `required` mask when it is given (the query's distinctive words).
 */
export function rankDocs(
  matches: readonly TermMatch[],
  forms: readonly string[],
  q: ParsedQuery,
  scale: number,
  docs: {readonly count: number; readonly from: number; readonly to: number; readonly required?: number},
  /** The stem of the query word each form stands for (a synonym's form counts as the word it came from). */
  formStems: readonly string[] = forms.map(stem),
): Ranked[] {
  const score = new Float64Array(docs.count);
  const formsOf = new Uint32Array(docs.count);
  const exactOf = new Uint32Array(docs.count);
  const heldOf = new Uint32Array(docs.count);
  const touched: number[] = [];
  for (const m of matches) {
    const bit = 1 << m.form;
    const weight = m.weight / scale;
    const exact = m.term === forms[m.form] ? bit : 0;
    const {docs: ds, impacts} = m.postings;
    for (let i = 0; i < ds.length; i++) {
      const d = ds[i];
      if (d < docs.from || d >= docs.to) continue;
      if (!formsOf[d]) touched.push(d);
      score[d] += weight * impacts[i];
      formsOf[d] |= bit;
      exactOf[d] |= exact;
      if (!m.common) heldOf[d] |= bit;
    }
  }
  let phraseBits = 0;
  // A message's quotes add to the score later (engine.ts); only a search's quotes are required.
  for (const p of q.quotesInText ? [] : q.phrases)
    for (const word of p.split(' ')) {
      const s = stemTerm(word);
      const i = s === null ? -1 : forms.indexOf(s);
      if (i >= 0) phraseBits |= 1 << i;
    }
  const factor = new Map<number, number>();
  const factorOf = (mask: number) => {
    let f = factor.get(mask);
    if (f === undefined) {
      const stems = new Set(formStems.filter((_, i) => mask & (1 << i)));
      const coverage = q.stems.filter((s) => stems.has(s)).length / q.stems.length;
      factor.set(mask, (f = bitCount(mask) * (0.25 + coverage * coverage)));
    }
    return f;
  };
  const required = docs.required ?? 0;
  return touched
    .filter((d) => (exactOf[d] & phraseBits) === phraseBits && (!required || heldOf[d] & required))
    .map((d) => ({doc: d, score: score[d] * factorOf(formsOf[d]), forms: formsOf[d]}))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** The index terms each of `docs` matched: the words a snippet marks. */
export function matchedTerms(matches: readonly TermMatch[], docs: readonly number[]): Map<number, Set<string>> {
  const found = new Map(docs.map((d) => [d, new Set<string>()]));
  for (const m of matches) for (const d of m.postings.docs) found.get(d)?.add(m.term);
  return found;
}
