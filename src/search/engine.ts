/**
 * The ranking, shared by the browser (search box, /search page) and by
 * `npm run eval:search`, so the evaluation measures what users get. It reads
 * the split index (src/search/indexFormat.ts) through a loader — fetch() in
 * the browser, the file system in Node — and loads each file once, only
 * when a query needs it.
 */
import {editDistance} from './editDistance';
import {phraseTexts, toHit} from './hit';
import {
  impactScale,
  indexFormatVersion,
  manifestFile,
  partOf,
  recordFile,
  shardFile,
  vocabFile,
  type DocRecord,
  type IndexManifest,
  type Postings,
  type TermShard,
  type VocabPart,
} from './indexFormat';
import {analyzeQuery, maxQueryForms, maxQueryWords, withWords, type ParsedQuery, type QueryWord} from './query';
import {matchedTerms, rankDocs, type Decoded, type Ranked, type TermMatch} from './score';
import {stem, termForms} from './text';
import type {SearchEngine, SearchOptions, SearchResults} from './types';
import {documentFrequency, isWeak, weakWordWeight} from './weak';
import {judge} from './confidence';
import {findNamed, multiWordNames, nameToken, namePattern, wordsOf} from './named';
import type {NamedReading} from './query';
import {cachedPromise} from '../lib/promiseCache';

export {maxQueryLength, parseQuery} from './query';

/** Reads one file of the index folder (a path such as "t/3.json") and resolves with its parsed JSON. */
export type IndexLoader = (file: string) => Promise<unknown>;

/** Weight of a term the query word may be the start of, and of a typo match (as the MiniSearch-based ranking was tuned). */
const prefixWeight = 0.5;
const fuzzyWeight = 0.4;
/** Weight of a word a synonym says the query's word also means ("void" → cancel): near the word itself. */
const synonymWeight = 0.8;
/** Shards a word being typed may expand into: its first ones in term order. */
const maxPrefixShards = 2;
/** Typo matches kept per word form, nearest first. */
const maxTypoTerms = 8;
/** At most this many articles fetched beyond the shown ones, so a phrase match just below them can still move up. */
const rerankMargin = 5;
/**
 * Files a browser fetches at once from one host over HTTP/1.1 (Chromium,
 * Firefox and Safari open six connections). A record past a round of six
 * waits a whole round trip for the next: a keystroke whose six suggestions
 * needed more records for the margin took two rounds, the slowest of
 * keystrokes. So the margin only fills the last round: none for six
 * suggestions, two for the ten of /search. The evaluation sets at scale
 * showed no first result changed by it.
 */
const fetchRound = 6;
const marginFor = (limit: number) => Math.min(rerankMargin, (fetchRound - (limit % fetchRound)) % fetchRound);
/** Articles a quoted phrase may make us fetch before giving up. */
const maxRecords = 60;
/**
 * A query of this many distinctive words or more (a pasted sentence) lists
 * only the articles scoring at least `shortListShare` of the best: those that
 * share its distinctive words, not every article holding one of them.
 */
const shortListWords = 3;
const shortListShare = 0.3;
/**
 * Answers kept per engine, the most recently asked. The index never changes under an
 * engine, so the same question gets the same answer: the /search page asks
 * again what src/clientModules/searchEarly.ts asked while the page loaded
 * (a second ranking and ten snippets held the main thread before the first
 * result could show), and a reader who types
 * a word and deletes it asks again what the box already showed.
 */
const keptAnswers = 16;

const undoGaps = (gaps: readonly number[]) => {
  let doc = 0;
  return gaps.map((g, i) => (doc = i ? doc + g : g));
};

function decode([gaps, impacts, tailGaps, tailImpact]: Postings): Decoded {
  if (!tailGaps) return {docs: undoGaps(gaps), impacts};
  return {
    docs: [...undoGaps(gaps), ...undoGaps(tailGaps)],
    impacts: [...impacts, ...tailGaps.map(() => tailImpact!)],
  };
}

function checkManifest(data: unknown): IndexManifest {
  const m = data as Partial<IndexManifest> | null;
  if (!m || m.version !== indexFormatVersion || !Array.isArray(m.shards) || !Array.isArray(m.guides))
    throw new Error(
      `Search index manifest: received format ${JSON.stringify(m?.version ?? null)}, expected ${indexFormatVersion} (rebuild the site)`,
    );
  return m as IndexManifest;
}

/** Opens the index: loads its manifest now, everything else on demand. */
export async function openIndex(load: IndexLoader): Promise<SearchEngine> {
  return createEngine(load, await load(manifestFile));
}

export function createEngine(load: IndexLoader, manifestData: unknown): SearchEngine {
  const manifest = checkManifest(manifestData);
  const files = new Map<string, Promise<unknown>>();
  const postings = new Map<string, Decoded>();
  const shardTerms = new Map<number, readonly string[]>();
  const texts = new Map<number, ReturnType<typeof phraseTexts>>();

  // A failed fetch is retried by the next search.
  const get = <T>(file: string) => cachedPromise(files, file, () => load(file)) as Promise<T>;

  async function loadShards(ids: Iterable<number>): Promise<void> {
    await Promise.all(
      [...new Set(ids)]
        .filter((id) => !shardTerms.has(id))
        .map(async (id) => {
          const shard = await get<TermShard>(shardFile(id));
          if (shardTerms.has(id)) return;
          // Own keys only: a query word like "constructor" must not find Object.prototype's.
          const terms = Object.keys(shard).sort();
          for (const t of terms) postings.set(t, decode(shard[t]));
          shardTerms.set(id, terms);
        }),
    );
  }

  const shardOf = (term: string) => partOf(manifest.shards, term);
  const has = (term: string) => postings.has(term);

  /** The shards that may hold terms starting with `prefix`, the first few of them. */
  function prefixShards(prefix: string): number[] {
    const first = shardOf(prefix);
    const last = Math.min(shardOf(`${prefix}\uffff`), first + maxPrefixShards - 1);
    return Array.from({length: last - first + 1}, (_, i) => first + i);
  }

  function prefixTerms(prefix: string): string[] {
    return prefixShards(prefix).flatMap((id) =>
      (shardTerms.get(id) ?? []).filter((t) => t.length > prefix.length && t.startsWith(prefix)),
    );
  }

  /** Typo matches of each form of the words not in the index: same first letter, nearest first. */
  async function typoTerms(words: readonly QueryWord[]): Promise<Map<string, [string, number][]>> {
    const wanted = words.filter((w) => !w.forms.some(has) && w.fuzzy.some((d) => d > 0));
    const parts = new Map<number, VocabPart>();
    await Promise.all(
      [...new Set(wanted.map((w) => partOf(manifest.vocab, w.forms[0])))].map(async (id) =>
        parts.set(id, await get<VocabPart>(vocabFile(id))),
      ),
    );
    const found = new Map<string, [string, number][]>();
    for (const w of wanted)
      w.forms.forEach((form, i) => {
        const max = w.fuzzy[i];
        if (!max) return;
        const near: [string, number][] = [];
        for (const t of parts.get(partOf(manifest.vocab, form)) ?? []) {
          if (t[0] !== form[0] || t === form || (w.prefix === form && t.startsWith(form))) continue;
          const d = editDistance(form, t, max);
          if (d <= max) near.push([t, d]);
        }
        found.set(form, near.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length).slice(0, maxTypoTerms));
      });
    await loadShards([...found.values()].flat().map(([t]) => shardOf(t)));
    return found;
  }

  /** Every index term the query matches: its forms, what the last word may grow into, typo matches. */
  async function termMatches(q: ParsedQuery): Promise<{forms: string[]; formStems: string[]; matches: TermMatch[]}> {
    await loadShards(q.words.flatMap((w) => [...w.forms.map(shardOf), ...(w.prefix ? prefixShards(w.prefix) : [])]));
    const typos = await typoTerms(q.words);
    const forms: string[] = [];
    const formStems: string[] = [];
    const matches: TermMatch[] = [];
    const add = (form: number, term: string, weight: number) => {
      const p = postings.get(term);
      if (p) matches.push({form, term, weight, postings: p});
    };
    const formOf = (form: string, w: QueryWord) => {
      let i = forms.indexOf(form);
      if (i < 0) {
        i = forms.push(form) - 1;
        formStems.push(w.stem);
      }
      return i;
    };
    for (const w of q.words) {
      const said = w.weight ?? 1;
      for (const form of w.synonyms ?? []) add(formOf(form, w), form, synonymWeight * said);
      for (const form of w.forms) {
        const i = formOf(form, w);
        add(i, form, said);
        if (w.prefix === form)
          for (const t of prefixTerms(form))
            if (!joinedNameTerms.has(t))
              add(i, t, (said * prefixWeight * t.length) / (t.length + 0.3 * (t.length - form.length)));
        for (const [t, d] of typos.get(form) ?? []) add(i, t, (said * fuzzyWeight * t.length) / (t.length + d));
      }
    }
    return {forms, formStems, matches};
  }

  /** The guides' KB ID prefixes and, for the guides searched, their synonyms and named things: how a query is read. */
  const prefixes = manifest.guides.map((g) => g.prefix).filter(Boolean);
  const namedPatterns = manifest.guides.flatMap((g) => (g.named?.pattern ? [namePattern(g.named.pattern)] : []));
  /**
   * The index terms of names of several words ("newzealand"): a word being typed never grows into them, or
   * "unit" and "new" would lead to the places article. A query holds them whole (query.ts).
   */
  const joinedNameTerms: ReadonlySet<string> = new Set(
    manifest.guides.flatMap((g) => (g.named ? multiWordNames(g.named).map(nameToken).flatMap(termForms) : [])),
  );
  const readings = new Map<string, NamedReading>();
  function namedReading(guide: string | undefined): NamedReading {
    const key = guide ?? '';
    let reading = readings.get(key);
    if (!reading) {
      const groups = manifest.guides
        .filter((g) => guide === undefined || g.id === guide)
        .flatMap((g) => (g.named ? [g.named] : []));
      reading = {
        patterns: groups.flatMap((g) => (g.pattern ? [namePattern(g.pattern)] : [])),
        multiWord: groups.flatMap(multiWordNames).sort((a, b) => b.length - a.length),
        names: new Set(groups.flatMap((g) => g.entries.flatMap((e) => e.names.map((n) => wordsOf(n).trim())))),
      };
      readings.set(key, reading);
    }
    return reading;
  }
  const synonymTables = new Map<string, Map<string, readonly string[]>>();
  function synonymsFor(guide: string | undefined): Map<string, readonly string[]> {
    const key = guide ?? '';
    let table = synonymTables.get(key);
    if (!table) {
      table = new Map();
      for (const g of manifest.guides)
        if (guide === undefined || g.id === guide)
          for (const [word, also] of Object.entries(g.synonyms ?? {}))
            table.set(word, [...new Set([...(table.get(word) ?? []), ...also])]);
      synonymTables.set(key, table);
    }
    return table;
  }

  /**
   * A message's words, fewer: those the index holds, rarest in the articles searched first (they tell
   * articles apart; a word in most of them says little), then unknown words for typo matching while room
   * is left. Within `maxQueryWords` words and the forms the ranking can tell apart.
   */
  async function chooseWords(q: ParsedQuery, range: {from: number; to: number}): Promise<ParsedQuery> {
    // A short query whose synonyms take it past the forms the ranking can tell apart is chosen from too.
    const formCount = q.words.reduce((n, w) => n + w.forms.length + (w.synonyms?.length ?? 0), 0);
    if (!q.long && formCount <= maxQueryForms) return q;
    await loadShards(q.words.flatMap((w) => [...w.forms, ...(w.synonyms ?? [])].map(shardOf)));
    const frequency = (w: QueryWord) => {
      const held = [...w.forms, ...(w.synonyms ?? [])].map((f) => postings.get(f)).filter((p) => p !== undefined);
      return held.length ? Math.max(...held.map((p) => documentFrequency(p, range))) : 0;
    };
    const size = range.to - range.from;
    const ranked = q.words
      .map((w, i) => ({w, i, df: frequency(w)}))
      .map((x) => ({...x, order: x.df > 0 ? x.df : size + 1}))
      .sort((a, b) => a.order - b.order || a.i - b.i);
    const chosen = new Set<number>();
    let used = 0;
    for (const {w, i} of ranked) {
      const n = w.forms.length + (w.synonyms?.length ?? 0);
      if (chosen.size >= maxQueryWords || used + n > maxQueryForms) continue;
      chosen.add(i);
      used += n;
    }
    return withWords(
      q,
      q.words.filter((_, i) => chosen.has(i)),
    );
  }

  async function phraseText(doc: number) {
    let t = texts.get(doc);
    if (!t) {
      const names = manifest.guides.find((g) => g.named?.doc === doc)?.named?.entries.flatMap((e) => e.names) ?? [];
      texts.set(doc, (t = phraseTexts(await get<DocRecord>(recordFile(doc)), {names, patterns: namedPatterns})));
    }
    return t;
  }

  const answers = new Map<string, Promise<SearchResults>>();

  /** searchWithTotal, once per question: a failed answer (a file that did not load) is forgotten, to be retried. */
  function answer(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    // The question as searchWithTotal reads it: no limit is a limit of 10 (String, so that no number reads as null).
    const key = JSON.stringify([query, String(options.limit ?? 10), options.guide ?? null]);
    const p = cachedPromise(answers, key, () => searchWithTotal(query, options));
    answers.delete(key); // set again: the Map keeps the most recently asked last, the first goes when it is full
    answers.set(key, p);
    if (answers.size > keptAnswers) answers.delete(answers.keys().next().value!);
    return p;
  }

  async function searchWithTotal(query: string, {limit = 10, guide}: SearchOptions = {}): Promise<SearchResults> {
    const g = guide === undefined ? {from: 0, to: manifest.docs} : manifest.guides.find((x) => x.id === guide);
    const asked = analyzeQuery(query, {prefixes, synonyms: synonymsFor(guide), named: namedReading(guide)});
    if (!asked.stems.length || limit <= 0 || !g) return {hits: [], total: 0, state: 'none'};
    const q = await chooseWords(asked, g);
    const found = await termMatches(q);
    const {forms, formStems} = found;
    // Words in nearly every article searched neither make a result on their own nor get marked. So is what
    // a typo or a word being typed grows into when it is such a word ("amazn", "amaz" → amazon): it still
    // adds to the score. A word whose every match is such a word is one of them.
    // And a word that is such a word as typed ("amazon") does not grow into others: the reader means it,
    // not "amazoncom" or the other longer words it starts, which would rank by a word never typed.
    const weakAsTyped = new Set(
      q.words.flatMap((w) => {
        const exact = w.forms.length ? postings.get(w.forms[0]) : undefined;
        return exact && isWeak(exact, g) ? w.forms : [];
      }),
    );
    // Such a word also weighs little in the ranking: an article that says "Amazon" more often is not
    // more about the query ("can't find amazon when making a request" is about the request).
    const allMatches = found.matches
      .filter((m) => m.term === forms[m.form] || !weakAsTyped.has(forms[m.form]))
      .map((m) =>
        !isWeak(m.postings, g)
          ? m
          : m.term !== forms[m.form]
            ? {...m, common: true}
            : {...m, weight: m.weight * weakWordWeight},
      );
    const formsOfWord = (w: QueryWord) => [...w.forms, ...(w.synonyms ?? [])];
    const ownMatches = (w: QueryWord) => allMatches.filter((m) => formsOfWord(w).includes(forms[m.form]));
    const weakWord = (w: QueryWord) => {
      const exact = postings.get(w.forms[0] ?? w.synonyms?.[0] ?? '');
      if (exact) return isWeak(exact, g);
      const own = ownMatches(w);
      return own.length > 0 && own.every((m) => m.common);
    };
    // A stop word at the end ("order can") is the start of a word only when the rest says nothing alone:
    // "order" is too common, so "can" grows into cancelled. Otherwise it is a stop word, and its matches go.
    const partial = q.words.find((w) => w.partial);
    let strongWords = q.words.filter((w) => !w.partial && formsOfWord(w).length && !weakWord(w));
    if (!strongWords.length && partial && !weakWord(partial) && ownMatches(partial).length) strongWords = [partial];
    const matches =
      partial && !strongWords.includes(partial)
        ? allMatches.filter((m) => !partial.forms.includes(forms[m.form]))
        : allMatches;
    // A message's quotes add to the score; a search's quotes must appear.
    const requiredPhrases = q.quotesInText ? [] : q.phrases;
    // Only common words ("amazon order", "order"): any article would do, so none is a result. Each is named
    // as the index holds it ("amazn" as amazon). A quoted phrase of them ("amazon order") is a real constraint.
    if (!strongWords.length && !requiredPhrases.length) {
      const shown = (w: QueryWord) =>
        postings.has(w.forms[0])
          ? w.forms[w.forms.length - 1]
          : (matches.find((m) => w.forms.includes(forms[m.form]))?.term ?? w.forms[w.forms.length - 1]);
      const words = q.words.filter((w) => !w.partial && w.forms.length);
      return {hits: [], total: 0, state: 'none', tooCommon: [...new Set(words.map(shown))]};
    }
    const words = strongWords.length ? strongWords : q.words.filter((w) => !w.partial);
    const strongForms = new Set(words.flatMap(formsOfWord));
    const required = strongWords.length
      ? forms.reduce((mask, f, i) => (strongForms.has(f) ? mask | (1 << i) : mask), 0)
      : 0;
    let ranked = rankDocs(
      matches,
      forms,
      q,
      impactScale,
      {count: manifest.docs, from: g.from, to: g.to, required},
      formStems,
    );
    if (words.length >= shortListWords && ranked.length) {
      const floor = ranked[0].score * shortListShare;
      ranked = ranked.filter((r) => r.score >= floor);
    }
    const multiWord = q.whole.includes(' ');
    const kept: (Ranked & {said?: boolean})[] = [];
    // The query as a phrase in what users see (status text, symptoms, title) is a strong signal; a
    // quoted phrase must appear. Both need the article's text: only the best-ranked are fetched.
    // A one-word query gets no phrase bonus: fetch just the shown articles (one request each saved per keystroke).
    const margin = multiWord || q.phrases.length ? marginFor(limit) : 0;
    // Below the shown ones, only an article that matched every word can hold the query as a phrase: the others
    // keep their score unread, a request saved per article on a keystroke (a quoted phrase reads every candidate).
    // Not the last word: while it is being typed, "amazon.f" is in "amazon.fr" without any term matching "f".
    const bitsOf = (list: readonly string[]) =>
      list.reduce((mask, f) => (forms.includes(f) ? mask | (1 << forms.indexOf(f)) : mask), 0);
    const wordMasks = q.words.filter((w) => !w.last && !w.partial && !w.place).map((w) => bitsOf(formsOfWord(w)));
    // The places article holds a name as its one token, not its words: it may hold "united kingdom" as a phrase
    // (its phrase text has the names), so it is read whatever its rank, and every limit ranks it alike.
    const placeMask = bitsOf(q.words.filter((w) => w.place).flatMap((w) => w.forms));
    const worthReading = (r: Ranked, rank: number) =>
      rank < limit ||
      requiredPhrases.length > 0 ||
      (r.forms & placeMask) !== 0 ||
      (!q.long && wordMasks.every((mask) => r.forms & mask));
    const inMessage = ` ${q.whole} `;
    let scanned = 0;
    for (let at = 0, batch = limit + margin; at < ranked.length && at < maxRecords; at += batch) {
      const slice = ranked.slice(at, Math.min(at + batch, maxRecords));
      const got = await Promise.all(slice.map((r, i) => (worthReading(r, at + i) ? phraseText(r.doc) : undefined)));
      scanned = at + slice.length;
      slice.forEach((r, i) => {
        const text = got[i];
        if (!text) return void kept.push({doc: r.doc, score: r.score, forms: r.forms});
        const {strong, all, statuses, keyPhrases} = text;
        if (!requiredPhrases.every((p) => all.includes(p))) return;
        // A status text the article shows, quoted as it is ("Pending", not "Pending approval") or, of several
        // words, anywhere in the query ("… now says Order Cancelled next to …"): the reader is at that screen.
        const said = statuses.some((t) => q.phrases.includes(t) || (t.includes(' ') && inMessage.includes(` ${t} `)));
        // The article's own phrases ("out of stock", "test mode") standing whole in a message.
        const named = q.long ? keyPhrases.filter((k) => inMessage.includes(` ${k} `)).length : 0;
        // From a word's start ("shipped order" is not in "unshipped order"); the last word may be a word's start.
        const phrase = ` ${q.whole}`;
        const bonus =
          said || (multiWord && ` ${strong}`.includes(phrase)) ? 3 : multiWord && ` ${all}`.includes(phrase) ? 1.5 : 1;
        kept.push({doc: r.doc, score: r.score * bonus * (1 + 0.5 * Math.min(2, named)), forms: r.forms, said});
      });
      if (kept.length >= limit || !requiredPhrases.length) break;
    }
    // A quoted phrase is only known to match once the article is read: count what was read, and the rest unread.
    const total = requiredPhrases.length ? kept.length + (ranked.length - scanned) : ranked.length;
    const shown = kept.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, limit);
    const strongMatches = matches.filter((m) => strongForms.has(forms[m.form]) && !m.common);
    const terms = matchedTerms(
      strongMatches,
      shown.map((r) => r.doc),
    );
    const queryStems = words.flatMap((w) => (w.forms.length ? [w.forms[0]] : []));
    // The words to mark on the article opened from a result: the query's own, as typed (folded), and
    // the words its synonyms stand for ("void" marks "cancelled").
    const highlight = [
      ...new Set(
        words
          .filter((w) => !w.partial && ownMatches(w).length)
          .flatMap((w) => [...w.forms.slice(-1), ...(w.synonyms ?? [])]),
      ),
    ].join(' ');
    // How rare each matched word is among the articles searched: "after" or "new", in half of them, tells
    // an article's causes apart less than "stock" does, though each may stand in one cause alone.
    const rarity = new Map<string, number>();
    // Words in nearly every article count too ("delivery" tells an article's causes apart), at their rarity.
    for (const m of matches.filter((x) => !x.common && forms[x.form] === x.term).concat(strongMatches))
      rarity.set(stem(m.term), Math.log(1 + (g.to - g.from) / Math.max(1, documentFrequency(m.postings, g))));
    const hits = await Promise.all(
      shown.map(async ({doc, score}) => {
        const matched = new Set([...[...terms.get(doc)!].map(stem), ...queryStems]);
        return toHit(await get<DocRecord>(recordFile(doc)), matched, score, highlight, q.whole, rarity);
      }),
    );
    const evidence = shown.length
      ? judge({
          top: shown[0],
          next: kept[1]?.score,
          matches: strongMatches,
          words,
          forms,
          scale: impactScale,
          range: g,
        })
      : undefined;
    return {
      hits,
      total,
      state: !evidence ? 'none' : evidence.confident ? 'answer' : 'weak',
      matched: evidence?.words ?? [],
    };
  }

  return {
    searchWithTotal: answer,
    findNamed(query, {guide} = {}) {
      for (const g of manifest.guides)
        if (g.named && (guide === undefined || g.id === guide)) {
          const match = findNamed(query, g.named, g.id);
          if (match) return match;
        }
      return undefined;
    },
    async search(query, options) {
      return (await answer(query, options)).hits;
    },
  };
}
