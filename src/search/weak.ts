/**
 * Weak words: those in nearly every article searched (here amazon, order,
 * procurify). Measured per query on the articles in reach (one guide or
 * all), so a word that tells guides apart in a help center of many still
 * counts there. A weak word adds to an article's score but does not make it
 * a result on its own, and is not highlighted.
 */
import type {Decoded} from './score';

/** Share of the articles searched a word must be in to be weak. */
export const weakShare = 0.75;
/** What a weak word's match counts for in the ranking, against 1 for any other word. */
export const weakWordWeight = 0.25;
/** With fewer articles than this, no word is weak: each still tells a few apart. */
export const minArticlesForWeak = 4;

export interface DocRange {
  readonly from: number;
  readonly to: number;
}

/** Articles of `range` holding the term. */
export function documentFrequency(postings: Decoded | undefined, range: DocRange): number {
  if (!postings) return 0;
  let n = 0;
  for (const d of postings.docs) if (d >= range.from && d < range.to) n++;
  return n;
}

export function isWeak(postings: Decoded | undefined, range: DocRange): boolean {
  const size = range.to - range.from;
  return size >= minArticlesForWeak && documentFrequency(postings, range) >= weakShare * size;
}
