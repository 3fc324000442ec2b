/**
 * What the engine looks up for a query: its words as index terms (stem and
 * folded word), which may be typos, which is still being typed, and the
 * phrases that must appear.
 */
import {isPlaceName, multiWordPlaceTokens} from '../kb/marketplaces';
import {stemTerm, termForms, tokenize} from './text';

/** Longest query we search with; a pasted log is cut, never rejected. */
export const maxQueryLength = 300;
/** Distinct words looked up: a pasted paragraph costs a few shards, not fifty. */
export const maxQueryWords = 12;

/** A quoted phrase must appear as written (folded); unterminated quotes are plain text. */
export function parseQuery(raw: string): {text: string; phrases: string[]} {
  const q = String(raw).slice(0, maxQueryLength);
  const phrases: string[] = [];
  const text = q.replace(/"([^"]+)"/g, (_, p: string) => {
    phrases.push(p);
    return ` ${p} `;
  });
  return {text, phrases: phrases.map((p) => tokenize(p).join(' ')).filter(Boolean)};
}

export interface QueryWord {
  /** Index terms of the word: its stem, then the folded word when it differs. */
  readonly forms: readonly string[];
  /** Edit distance allowed per form when the word is not in the index: one in 4–5 letters, two in longer ones. */
  readonly fuzzy: readonly number[];
  /** The form the last word may be the start of (it may still be being typed), if any. */
  readonly prefix?: string;
  /**
   * A stop word at the end, kept as the start of another word, used only when the other words are too
   * common to find anything (src/search/engine.ts); never highlighted as itself.
   */
  readonly partial?: boolean;
  /** The query's last word as typed (it may still be being typed). */
  readonly last?: boolean;
  /** The one-word token of a place name of several words the query holds ("newzealand"). */
  readonly place?: boolean;
}

export interface ParsedQuery {
  readonly words: readonly QueryWord[];
  /** Stems of every word, repeats included: what "documents matching more words" counts. */
  readonly stems: readonly string[];
  /** The folded query, for the phrase bonus. */
  readonly whole: string;
  readonly phrases: readonly string[];
}

const typoDistance = (term: string) => (/\d/.test(term) ? 0 : term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0);

/** Query forms looked up at most: the ranking keeps one bit per form (src/search/score.ts). */
export const maxQueryForms = 26;

export function analyzeQuery(raw: string): ParsedQuery {
  const {text, phrases} = parseQuery(raw);
  const tokens = tokenize(text);
  const kept = tokens.filter((t) => stemTerm(t) !== null);
  const last = kept[kept.length - 1];
  const distinct = [...new Set(kept)].slice(0, maxQueryWords);
  if (last !== undefined && !distinct.includes(last)) distinct.push(last);
  const words = distinct.map((token): QueryWord => {
    const forms = termForms(token);
    const lastForm = forms[forms.length - 1];
    return {
      forms,
      fuzzy: forms.map(typoDistance),
      prefix: token === last && lastForm.length >= 3 ? lastForm : undefined,
      ...(token === last ? {last: true} : {}),
    };
  });
  // What follows is extra, within the forms the ranking can tell apart.
  let formCount = words.reduce((n, w) => n + w.forms.length, 0);
  const room = (forms: readonly string[]) => (formCount += forms.length) <= maxQueryForms;
  // A place name of several words is also the one token the places article is indexed by ("new zealand" →
  // "newzealand"): its words alone ("new") are about other things.
  const places = multiWordPlaceTokens(text).filter((t) => !distinct.includes(t));
  for (const token of places) {
    const forms = termForms(token);
    if (room(forms)) words.push({forms, fuzzy: forms.map(() => 0), place: true});
  }
  // A stop word at the end may be a word still being typed ("order can" on its way to "order cancelled"):
  // kept as the start of one, which counts only when the query's other words are too common to say anything.
  const typed = tokens[tokens.length - 1];
  if (typed && typed !== last && typed.length >= 3 && !/\s$/.test(text) && stemTerm(typed) === null && room([typed]))
    words.push({forms: [typed], fuzzy: [0], prefix: typed, partial: true});
  return {
    words,
    stems: [...kept.map((t) => stemTerm(t)!), ...places.map((t) => stemTerm(t)!)],
    whole: tokens.join(' '),
    // A quoted place name ("New Zealand") is already asked for whole, by its token: not a phrase to read for.
    phrases: phrases.filter((p) => !(p.includes(' ') && isPlaceName(p))),
  };
}
