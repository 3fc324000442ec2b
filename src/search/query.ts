/**
 * What the engine looks up for a query: its words as index terms (stem and
 * folded word), which may be typos, which is still being typed, and the
 * phrases that must appear.
 */
import {nameToken, patternMatches, wordsOf} from './named';
import {cutText, fold} from '../lib/fold';
import {asideWeight, asideWords, messageWords, properNouns, readMessage} from './message';
import {stemTerm, termForms, tokenize} from './text';

/**
 * Longest query we read: a whole pasted customer message. Nothing shorter is cut; the words that count
 * are chosen from both ends of it (src/search/engine.ts), never the first few alone.
 */
export const maxQueryLength = 2000;
/** Distinct words ranked: the most telling of a message's words, so a paste costs a few shards, not fifty. */
export const maxQueryWords = 12;
/**
 * Distinct words of a message looked up in the index, to choose the most telling `maxQueryWords` of: the
 * first and the last half of them in a longer message (what a message is about stands at either end).
 */
export const maxCandidateWords = 40;

/** A quoted phrase must appear as written (folded); unterminated quotes are plain text. */
export function parseQuery(raw: string): {text: string; phrases: string[]} {
  const q = String(raw).slice(0, maxQueryLength);
  const phrases: string[] = [];
  const text = fold(q).replace(/"([^"]+)"/g, (_, p: string) => {
    phrases.push(p);
    return ` ${p} `;
  });
  return {text, phrases: phrases.map((p) => tokenize(p).join(' ')).filter(Boolean)};
}

/** What the index says about reading a query: the guides' KB ID prefixes and synonyms. */
export interface QueryContext {
  /** KB ID prefixes ("AMZ"): "amz 3" is read as AMZ-003. */
  readonly prefixes?: readonly string[];
  /** Folded word or phrase → the folded words it also means (a guide's synonyms.json, both kinds expanded). */
  readonly synonyms?: ReadonlyMap<string, readonly string[]>;
  /** The guides' named things (src/search/named.ts), as a query is read for them. */
  readonly named?: NamedReading;
}

/** What reading a query needs of the named things of the guides searched. */
export interface NamedReading {
  /** What a name looks like when typed (a domain): a match is one word. */
  readonly patterns: readonly RegExp[];
  /** Names of several words, folded ("new zealand"), longest first: read whole, as their one token. */
  readonly multiWord: readonly string[];
  /** Every name, folded words: a quoted one is asked for whole, not as a phrase. */
  readonly names: ReadonlySet<string>;
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
  /** The stem the ranking counts the word by (coverage), its synonyms' forms included. */
  readonly stem: string;
  /** Times the word occurs in the query. */
  readonly count: number;
  /** Forms of the words a synonym says it also means ("void" → cancel): matched at `synonymWeight`. */
  readonly synonyms?: readonly string[];
  /** What the word's matches count for: less than 1 for a word said only in passing (message.ts). */
  readonly weight?: number;
}

export interface ParsedQuery {
  readonly words: readonly QueryWord[];
  /** Stems of every word, repeats included: what "documents matching more words" counts. */
  readonly stems: readonly string[];
  /** The folded query, for the phrase bonus. */
  readonly whole: string;
  readonly phrases: readonly string[];
  /**
   * A message rather than a search (more distinct words than are ranked): its quoted phrases add to an
   * article's score instead of being required, and its words are chosen by what they tell apart.
   */
  readonly long: boolean;
  /**
   * The query says more than what it quotes (a sentence around a quoted status: 'it shows "Cancelled by
   * requester" and shipped anyway'): its quotes add to the score instead of being required.
   */
  readonly quotesInText: boolean;
}

/** The query keeping only `words` (chosen by the engine): stems recounted from them. */
export function withWords(q: ParsedQuery, words: readonly QueryWord[]): ParsedQuery {
  return {...q, words, stems: words.flatMap((w) => Array<string>(w.count).fill(w.stem))};
}

const typoDistance = (term: string) => (/\d/.test(term) ? 0 : term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0);

/** Query forms looked up at most: the ranking keeps one bit per form (src/search/score.ts). */
export const maxQueryForms = 26;

export function analyzeQuery(raw: string, context: QueryContext = {}): ParsedQuery {
  const {text, phrases} = parseQuery(
    readMessage(String(raw).slice(0, maxQueryLength), context.prefixes ?? [], context.named?.patterns),
  );
  const named = context.named;
  const tokens = tokenize(text, named?.patterns);
  const whole = tokens.join(' ');
  // A synonym of several words ("sign off") is found in the whole query; where it stands, its words are not
  // read alone. So is a name of several words ("new zealand"): one thing, read as its token.
  const phraseSynonyms = [...(context.synonyms ?? [])].filter(
    ([key]) => key.includes(' ') && ` ${whole} `.includes(` ${key} `),
  );
  const padded = wordsOf(text);
  const namesHeld = (named?.multiWord ?? []).filter((n) => padded.includes(` ${n} `));
  const sequences = [...phraseSynonyms.map(([key]) => key), ...namesHeld].map((s) => s.split(' '));
  const rest: string[] = [];
  for (let i = 0; i < tokens.length;) {
    const seq = sequences.find((s) => s.every((w, j) => tokens[i + j] === w));
    if (seq) i += seq.length;
    else rest.push(tokens[i++]);
  }
  const kept = rest.filter((t) => stemTerm(t) !== null && !messageWords.has(t));
  const counts = new Map<string, number>();
  for (const t of kept) counts.set(t, (counts.get(t) ?? 0) + 1);
  const last = kept[kept.length - 1];
  // A message states its problem first or last: the candidates are the first and the last of its distinct words.
  const all = [...counts.keys()];
  const half = maxCandidateWords / 2;
  const distinct = all.length > maxCandidateWords ? [...all.slice(0, half), ...all.slice(-half)] : all;
  if (last !== undefined && !distinct.includes(last)) distinct.push(last);
  const long = counts.size > maxQueryWords;
  const synonymsOf = (token: string) => context.synonyms?.get(token) ?? [];
  const passing = long || kept.length > 8 ? asideWords(text, tokenize) : new Set<string>();
  // In a message, a name is not a typo, and a word is at most one letter off: two would make any word of
  // six letters another ("denver" → deliver).
  const names = long ? properNouns(String(raw)) : new Set<string>();
  const typos = (token: string, form: string) =>
    names.has(token) ? 0 : long ? Math.min(1, typoDistance(form)) : typoDistance(form);
  // A name typed whole ("amazon.es" → amazones) is matched as written: stemmed, it would be "amazon".
  const typedNames = new Set(patternMatches(text, named?.patterns ?? []).map(nameToken));
  const formsOf = (token: string) => (typedNames.has(token) ? [token] : termForms(token));
  const words = distinct.map((token): QueryWord => {
    const forms = formsOf(token);
    const lastForm = forms[forms.length - 1];
    const synonyms = synonymsOf(token).flatMap(termForms);
    return {
      forms,
      fuzzy: forms.map((f) => typos(token, f)),
      prefix: token === last && !long && lastForm.length >= 3 ? lastForm : undefined,
      ...(token === last ? {last: true} : {}),
      stem: stemTerm(token)!,
      count: counts.get(token) ?? 1,
      ...(synonyms.length ? {synonyms: synonyms.filter((f) => !forms.includes(f))} : {}),
      ...(passing.has(token) ? {weight: asideWeight} : {}),
    };
  });
  for (const [key, targets] of phraseSynonyms) {
    const synonyms = targets.flatMap(termForms);
    const stem = stemTerm(key.replace(/ /g, '')) ?? key;
    words.push({forms: [], fuzzy: [], stem, count: 1, synonyms});
  }
  // What follows is extra, within the forms the ranking can tell apart.
  let formCount = words.reduce((n, w) => n + w.forms.length + (w.synonyms?.length ?? 0), 0);
  const room = (forms: readonly string[]) => (formCount += forms.length) <= maxQueryForms;
  // A name of several words is the one token its article is indexed by ("new zealand" → "newzealand").
  const places = namesHeld.map(nameToken).filter((t) => !distinct.includes(t));
  for (const token of places) {
    const forms = [token];
    // Always: its words are gone from the query, and the engine keeps the rarest within the forms it can tell apart.
    formCount += forms.length;
    words.push({forms, fuzzy: forms.map(() => 0), place: true, stem: stemTerm(token)!, count: 1});
  }
  // A stop word at the end may be a word still being typed ("order can" on its way to "order cancelled"):
  // kept as the start of one, which counts only when the query's other words are too common to say anything.
  const typed = tokens[tokens.length - 1];
  if (
    !long &&
    typed &&
    typed !== last &&
    typed.length >= 3 &&
    !/\s$/.test(text) &&
    stemTerm(typed) === null &&
    room([typed])
  )
    words.push({forms: [typed], fuzzy: [0], prefix: typed, partial: true, stem: typed, count: 0});
  // Words outside the quotes: a search quotes what must appear; a message quotes what it saw, among other words.
  const unquoted = tokenize(fold(String(raw)).replace(/"[^"]*"/g, ' ')).filter((t) => stemTerm(t) !== null);
  const parsed: ParsedQuery = {
    words,
    stems: [],
    whole,
    // A quoted place name ("New Zealand") is already asked for whole, by its token: not a phrase to read for.
    phrases: phrases.filter((p) => !(p.includes(' ') && named?.names.has(wordsOf(p).trim()))),
    long,
    quotesInText: long || unquoted.length > 3,
  };
  return withWords(parsed, words);
}

/**
 * A query as it goes into a URL (/search?q=…, /symptoms?q=…): at most what search reads, cut at a word's
 * end, so a pasted log never makes a URL a server refuses, and what is cut was never searched.
 */
export function queryForUrl(query: string): string {
  if (query.length <= maxQueryLength) return query;
  const cut = cutText(query, maxQueryLength + 1);
  const end = cut.search(/\s+\S*$/);
  return (end > maxQueryLength / 2 ? cut.slice(0, end) : cutText(cut, maxQueryLength)).trimEnd();
}
