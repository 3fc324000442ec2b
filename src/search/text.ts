import {fold} from '../lib/fold';
import {nameToken, patternMatches} from './named';

/**
 * English words that carry no meaning in a query or an article: articles,
 * pronouns, auxiliaries, question words, "www". Not "not", "no", "out" or
 * "up": those matter in error and status text ("no order confirmation", "out
 * of stock", "pop-up"). Words common in this content (amazon, order) are
 * decided per query from the index instead (src/search/weak.ts).
 */
const stopWords = new Set(
  [
    'a an and are as at be by for from has have i in is it its my of on or our the this to was we when with you your',
    'am been being did do does doing had he her him his how if into me she so than that their them then there these',
    'they those was were what where which who whom why will would should could can us also just very www http https',
    // Function words that say nothing of a problem, and the stubs an apostrophe leaves ("doesn't" → doesn, t).
    'because through off too during both since until about again though although however yet via per whether',
    'either neither such much many few more most own same being',
    'don doesn didn isn aren wasn weren won wouldn couldn shouldn haven hasn hadn ll ve re d s t m',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Splits folded text into words; keeps digits (7 days, AMZ-003). `names`: the patterns of a guide's named
 * things (src/search/named.ts); each match is also kept whole, as one word (amazon.it → amazon, it,
 * amazonit), so a query for a marketplace finds it although "it" is a stop word and "amazon" is in every
 * article.
 */
export function tokenize(text: string, names: readonly RegExp[] = []): string[] {
  const folded = fold(text);
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const match of patternMatches(folded, names)) tokens.push(nameToken(match));
  return tokens;
}

/**
 * A light English stemmer: enough that cancel, cancelled, cancelling and
 * cancellation, or ship, ships and shipped, meet. Applied to the index and
 * the query alike, so it only has to be consistent, not linguistically right.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const [suffix, keep] of [
    ['ation', 3],
    ['ing', 3],
    ['ed', 3],
    ['ment', 3],
    ['al', 5],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= keep) {
      w = w.slice(0, -suffix.length);
      // cancell → cancel, shipp → ship, stopp → stop
      if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll|zz)$/.test(w.slice(-2))) w = w.slice(0, -1);
      else if (/ll$/.test(w) && w.length > 4) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * Index and query terms of a word: its stem, and the folded word itself when
 * that differs, so a typo is measured against the real word ("pendng" is one
 * letter from "pending", two from the stem "pend"). Null drops the word.
 */
export function processTerm(term: string): string | string[] | null {
  const t = fold(term);
  if (stopWords.has(t)) return null;
  const s = stem(t);
  return s === t ? s : [s, t];
}

/** processTerm as a list: the index terms of a word, none for a stop word. */
export function termForms(term: string): string[] {
  const p = processTerm(term);
  return p === null ? [] : Array.isArray(p) ? p : [p];
}

/** The stem alone: what the ranking compares when counting matched words. */
export function stemTerm(term: string): string | null {
  const t = fold(term);
  return stopWords.has(t) ? null : stem(t);
}
