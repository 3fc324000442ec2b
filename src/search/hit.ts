/**
 * Turns a ranked article into what the search box and /search show: the
 * section that matched best (a symptom lands on its declared cause), a
 * snippet around the match with the matched words marked.
 */
import {marketplaces, placeNames} from '../kb/marketplaces';
import type {DocRecord} from './indexFormat';
import {stemTerm, tokenize} from './text';
import type {SearchHit, SearchSection, SnippetPart} from './types';

/**
 * stemTerm of each word of the text shown, remembered: a result's sections
 * and its snippet go over the same words, and the ten results of one query
 * share most of them (folding and stemming every word again took ~10 ms of
 * a first search at 5,000 articles). Cleared when it reaches `maxStems`.
 */
const stems = new Map<string, string>();
const maxStems = 20_000;
function wordStem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size >= maxStems) stems.clear();
    stems.set(word, (s = stemTerm(word) ?? ''));
  }
  return s;
}

/** The folded text a phrase is looked for in: what users see first (strong), and everything. */
export function phraseTexts(r: DocRecord): {strong: string; all: string} {
  const symptoms = r.symptoms.map((s) => s.text).join(' | ');
  // The places article holds every country name (its `places` field), though its record does not carry them.
  const keywords = r.places ? [...r.keywords, ...placeNames(), ...marketplaces.map((m) => m.domain)] : r.keywords;
  const lists = [r.statusTexts, keywords, r.uiPaths].map((l) => l.join(' | '));
  const body = r.sections.map((s) => `${s.label} ${s.text}`).join(' ');
  return {
    strong: tokenize([r.title, symptoms, ...lists].join(' | ')).join(' '),
    all: tokenize([r.kbId, lists[0], r.title, symptoms, lists[1], lists[2], r.description, body].join(' | ')).join(' '),
  };
}

/**
 * Where a result may point: the issue, each cause and step, then each
 * symptom (at its cause, or the top when it names none). On a tie the
 * earlier wins, so a symptom is chosen only when it matches best.
 */
function sections(r: DocRecord): SearchSection[] {
  return [...r.sections, ...r.symptoms.map((s) => ({anchor: s.cause ?? '', label: 'Symptom', text: s.text}))];
}

/** `matched`: stems of the index terms the article matched and of the query's words. */
export function toHit(r: DocRecord, matched: ReadonlySet<string>, score: number, highlight = ''): SearchHit {
  let best = r.sections[0] ?? {anchor: '', label: 'Issue', text: r.description};
  let bestScore = 0;
  for (const s of sections(r)) {
    // Distinct words, so a section that repeats one word does not beat one holding several.
    const n = new Set(
      tokenize(`${s.label} ${s.text}`)
        .map(wordStem)
        .filter((t) => matched.has(t)),
    ).size;
    if (n > bestScore) {
      best = s;
      bestScore = n;
    }
  }
  return {
    kbId: r.kbId,
    title: r.title,
    guide: r.guide,
    href: best.anchor ? `${r.permalink}#${best.anchor}` : r.permalink,
    sectionLabel: best.label,
    snippet: snippet(best.text, matched),
    score,
    highlight,
    ...(r.places ? {places: true} : {}),
  };
}

/** Cuts the text around its first match and marks every matched word. */
export function snippet(text: string, matched: ReadonlySet<string>, max = 180): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pieces = text.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? [];
  const isMatch = (p: string) => /[\p{L}\p{N}]/u.test(p) && matched.has(wordStem(p));
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
