/**
 * Whether the first result is an answer or a guess. A result stands on the
 * query's distinctive words it holds: how much they weigh there (a word in a
 * title or a status counts more than one in a step's prose), how rare they
 * are among the articles searched, and how far ahead of the next result it
 * is. A message whose only matches are incidental words ("problem",
 * "session", "business") gets "nothing confident" and what it matched on,
 * not a guess presented as the answer.
 *
 * The thresholds were set on the tuning half of the blind ticket set
 * (tests/fixtures/search-tickets.json); `npm run eval:search` reports how
 * both halves fare.
 */
import type {QueryWord} from './query';
import type {Ranked, TermMatch} from './score';
import {documentFrequency, type DocRange} from './weak';

/** Least weight of the held words (each word's best impact there: BM25 × field boost). */
export const minStrength = 30;
/** Rarity of the held words (the sum of ln(articles / articles holding it)) that makes an answer on its own. */
export const answerRarity = 2.75;
/** Or: the next result scores at most this share of the first, which is then clearly the one. */
export const clearLead = 0.2;
/**
 * A short query ("Italy", "amz 3", "test mode") whose every distinctive word the first result holds is
 * answered when the next result scores at most this share of it.
 */
export const shortQueryWords = 3;
export const shortQueryLead = 0.5;

export interface Evidence {
  readonly confident: boolean;
  /** The query's words the first result holds, as typed (folded): what it matched on. */
  readonly words: readonly string[];
}

export interface Judged {
  readonly top: Ranked & {readonly said?: boolean};
  /** The next result's score, if any. */
  readonly next?: number;
  /** Matches of the query's distinctive words (not the common ones). */
  readonly matches: readonly TermMatch[];
  readonly words: readonly QueryWord[];
  /** The query's forms, by TermMatch.form. */
  readonly forms: readonly string[];
  readonly scale: number;
  /** The articles searched (one guide, or all): a word's rarity is counted among them. */
  readonly range: DocRange;
}

export function judge({top, next, matches, words, forms, scale, range}: Judged): Evidence {
  const docs = range.to - range.from;
  const weight = new Map<QueryWord, number>();
  const rarity = new Map<QueryWord, number>();
  for (const m of matches) {
    const i = m.postings.docs.indexOf(top.doc);
    if (i < 0) continue;
    const word = words.find((w) => w.forms.includes(forms[m.form]) || w.synonyms?.includes(forms[m.form]));
    if (!word) continue;
    weight.set(word, Math.max(weight.get(word) ?? 0, (m.weight * m.postings.impacts[i]) / scale));
    rarity.set(
      word,
      Math.max(rarity.get(word) ?? 0, m.weight * Math.log(docs / Math.max(1, documentFrequency(m.postings, range)))),
    );
  }
  const sum = (values: Iterable<number>) => [...values].reduce((s, x) => s + x, 0);
  const strength = sum(weight.values());
  const lead = next === undefined ? 0 : next / top.score;
  const short = words.length <= shortQueryWords && weight.size === words.length && lead <= shortQueryLead;
  return {
    // A status text the article shows, quoted or whole in the query, is an answer whatever else is said.
    confident:
      top.said === true ||
      short ||
      (strength >= minStrength && (sum(rarity.values()) >= answerRarity || lead <= clearLead)),
    words: [...weight.keys()].map((w) => w.forms[w.forms.length - 1] ?? w.stem),
  };
}
