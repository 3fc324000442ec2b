/**
 * The ranking, shared by the browser (search box, /search page) and by
 * `npm run eval:search`, so the evaluation measures what users get.
 */
import MiniSearch, {type SearchResult} from 'minisearch';
import {processTerm, stem, stemTerm, tokenize} from './text';
import type {SearchDoc, SearchHit, SearchIndexData, SnippetPart} from './types';

/** Fields and their weight: what people paste (status, symptoms) counts most. */
export const fieldBoosts = {
  kbId: 8,
  statusTexts: 6,
  title: 4,
  symptoms: 4,
  keywords: 3,
  uiPaths: 3,
  description: 1.5,
  body: 1,
} as const;

type Field = keyof typeof fieldBoosts;
const fields = Object.keys(fieldBoosts) as Field[];

/** Longest query we search with; a pasted log is cut, never rejected. */
export const maxQueryLength = 300;

function fieldText(doc: SearchDoc, field: Field): string {
  if (field === 'body') return doc.sections.map((s) => `${s.label} ${s.text}`).join(' ');
  return doc[field];
}

export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[];
}

/** A quoted phrase must appear as written (folded); unterminated quotes are plain text. */
export function parseQuery(raw: string): {text: string; phrases: string[]} {
  const q = raw.slice(0, maxQueryLength);
  const phrases: string[] = [];
  const text = q.replace(/"([^"]+)"/g, (_, p: string) => {
    phrases.push(p);
    return ` ${p} `;
  });
  return {text, phrases: phrases.map((p) => tokenize(p).join(' ')).filter(Boolean)};
}

export function createEngine(data: SearchIndexData): SearchEngine {
  const byId = new Map(data.docs.map((d) => [d.id, d]));
  const folded = new Map(
    data.docs.map((d) => [
      d.id,
      {
        strong: tokenize([d.title, d.symptoms, d.statusTexts, d.keywords, d.uiPaths].join(' | ')).join(' '),
        all: tokenize(fields.map((f) => fieldText(d, f)).join(' | ')).join(' '),
      },
    ]),
  );
  const mini = new MiniSearch<SearchDoc>({
    fields,
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? doc.id : fieldText(doc, field as Field)),
    tokenize,
    processTerm,
    searchOptions: {
      boost: fieldBoosts,
      // One wrong letter in 4–5 letter words, two (or two swapped) in longer ones.
      fuzzy: (term) => (term.length >= 6 ? 2 : term.length >= 4 ? 1 : false),
      // The last word may still be being typed.
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      combineWith: 'OR',
      weights: {fuzzy: 0.4, prefix: 0.5},
    },
  });
  mini.addAll(data.docs as SearchDoc[]);

  function rank(query: string): {result: SearchResult; doc: SearchDoc}[] {
    const {text, phrases} = parseQuery(query);
    const queryWords = tokenize(text)
      .map(stemTerm)
      .filter((t): t is string => Boolean(t));
    if (queryWords.length === 0) return [];
    let results: SearchResult[];
    try {
      results = mini.search(tokenize(text).join(' '));
    } catch {
      return [];
    }
    const whole = tokenize(text).join(' ');
    return results
      .map((result) => {
        const doc = byId.get(String(result.id))!;
        const f = folded.get(doc.id)!;
        // Documents that match more of the query's words come first (counted by stem).
        const matchedStems = new Set(result.queryTerms.map((t) => stem(t)));
        const coverage = queryWords.filter((w) => matchedStems.has(w)).length / queryWords.length;
        let score = result.score * (0.25 + coverage * coverage);
        // The query as a phrase in what users see (status text, symptoms, title) is a strong signal.
        if (whole.includes(' ') && f.strong.includes(whole)) score *= 3;
        else if (whole.includes(' ') && f.all.includes(whole)) score *= 1.5;
        return {result: {...result, score}, doc, phraseOk: phrases.every((p) => f.all.includes(p))};
      })
      .filter((r) => r.phraseOk)
      .sort((a, b) => b.result.score - a.result.score || a.doc.kbId.localeCompare(b.doc.kbId));
  }

  return {
    search(query, limit = 10) {
      return rank(query)
        .slice(0, limit)
        .map(({result, doc}) => toHit(doc, result, query));
    },
  };
}

/** The section holding most of the distinct matched words; the issue when none does better. */
function toHit(doc: SearchDoc, result: SearchResult, query: string): SearchHit {
  const matched = new Set(
    [...result.terms.map(stem), ...tokenize(parseQuery(query).text).map((t) => stemTerm(t) ?? '')].filter(Boolean),
  );
  let best = doc.sections[0];
  let bestScore = 0;
  for (const s of doc.sections) {
    // Distinct words, so a section that repeats one word does not beat one holding several.
    const score = new Set(
      tokenize(`${s.label} ${s.text}`)
        .map((w) => stemTerm(w) ?? '')
        .filter((t) => matched.has(t)),
    ).size;
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return {
    kbId: doc.kbId,
    title: doc.title,
    href: best.anchor ? `${doc.permalink}#${best.anchor}` : doc.permalink,
    sectionLabel: best.label,
    snippet: snippet(best.text, matched),
    score: result.score,
  };
}

/** Cuts the text around its first match and marks every matched word. */
export function snippet(text: string, matched: ReadonlySet<string>, max = 180): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
  const pieces = text.match(re) ?? [];
  const isMatch = (p: string) => /[\p{L}\p{N}]/u.test(p) && matched.has(stemTerm(p) ?? '');
  let start = 0;
  const first = pieces.findIndex(isMatch);
  if (first > 0) {
    let chars = 0;
    for (let i = first; i > 0 && chars < 50; i--) {
      chars += pieces[i - 1].length;
      start = i - 1;
    }
  }
  let length = 0;
  for (let i = start; i < pieces.length && length < max; i++) {
    const p = pieces[i];
    length += p.length;
    const match = isMatch(p);
    const last = parts[parts.length - 1];
    if (last && !last.match && !match) parts[parts.length - 1] = {text: last.text + p, match};
    else parts.push({text: p, match});
  }
  if (start > 0) parts.unshift({text: '… ', match: false});
  if (length < text.length - pieces.slice(0, start).join('').length) parts.push({text: ' …', match: false});
  return parts;
}
