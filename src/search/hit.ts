/**
 * Turns a ranked article into what the search box and /search show: the
 * section that matched best (a symptom lands on its declared cause), a
 * snippet around the match with the matched words marked.
 */
import type {DocRecord} from './indexFormat';
import {fold} from '../lib/fold';
import {stemTerm, tokenize} from './text';
import type {SearchHit, SearchSection, SnippetPart} from './types';

/**
 * stemTerm of each word of the text shown, remembered: a result's sections
 * and its snippet go over the same words, and the ten results of one query
 * share most of them (folding and stemming every word again was a visible
 * part of a first search on a large help center). Cleared when it reaches `maxStems`.
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

/**
 * The folded text a phrase is looked for in: what users see first (strong), and everything. `named`: the
 * names of the named things the article answers (it holds them, though its record does not carry them), and
 * the patterns that read a name as one word.
 */
export function phraseTexts(
  r: DocRecord,
  named: {readonly names: readonly string[]; readonly patterns: readonly RegExp[]} = {names: [], patterns: []},
): {
  strong: string;
  all: string;
  /** Each status text, folded: a message quoting one is about this article's screen. */
  statuses: string[];
  /** The article's own phrases of several words (keywords, UI paths, status texts), folded. */
  keyPhrases: string[];
} {
  const symptoms = r.symptoms.map((s) => s.text).join(' | ');
  const keywords = r.named ? [...r.keywords, ...named.names] : r.keywords;
  const lists = [r.statusTexts, keywords, r.uiPaths].map((l) => l.join(' | '));
  const body = r.sections.map((s) => `${s.label} ${s.text}`).join(' ');
  const words = (text: string) => tokenize(text, named.patterns).join(' ');
  return {
    strong: words([r.title, symptoms, ...lists].join(' | ')),
    all: words([r.kbId, lists[0], r.title, symptoms, lists[1], lists[2], r.description, body].join(' | ')),
    statuses: r.statusTexts.map((t) => tokenize(t).join(' ')).filter(Boolean),
    keyPhrases: [...r.statusTexts, ...r.keywords, ...r.uiPaths]
      .map((t) => tokenize(t).join(' '))
      .filter((t) => t.includes(' ')),
  };
}

/** A piece of an article's text a snippet may show, and the anchor it belongs to. */
interface Piece {
  readonly label: string;
  readonly text: string;
}

/** Where a result may point: a cause (with its symptoms and the steps that fix it), a step, or the issue. */
interface Target {
  readonly anchor: string;
  readonly label: string;
  readonly kind: 'cause' | 'step' | 'issue';
  /** Everything that speaks of it, first its own text (a cause: its text, its symptoms, the steps fixing it). */
  readonly pieces: readonly Piece[];
  /** How many of `pieces` are its own words (a cause: its text and symptoms), before the steps that fix it. */
  readonly own: number;
}

function targets(r: DocRecord): Target[] {
  const [issue, ...rest] = r.sections;
  const causes = rest.filter((s) => s.label.startsWith('Cause'));
  const steps = rest.filter((s) => !s.label.startsWith('Cause'));
  const symptom = (text: string): Piece => ({label: 'Symptom', text});
  // With one cause, a step that names none fixes that one.
  const fixes = (step: SearchSection, cause: string) => (step.fixes ? step.fixes.includes(cause) : causes.length === 1);
  return [
    ...causes.map((c): Target => {
      const own = [c, ...r.symptoms.filter((s) => s.cause === c.anchor).map((s) => symptom(s.text))];
      return {
        anchor: c.anchor,
        label: c.label,
        kind: 'cause',
        pieces: [...own, ...steps.filter((s) => fixes(s, c.anchor))],
        own: own.length,
      };
    }),
    ...steps.map((s): Target => ({anchor: s.anchor, label: s.label, kind: 'step', pieces: [s], own: 1})),
    {
      anchor: issue?.anchor ?? '',
      label: issue?.label ?? 'Issue',
      kind: 'issue',
      pieces: [
        issue ?? {label: 'Issue', text: r.description},
        ...r.symptoms.filter((s) => !s.cause).map((s) => symptom(s.text)),
      ],
      own: 1,
    },
  ];
}

const stemsOf = (p: Piece) => new Set(tokenize(`${p.label} ${p.text}`).map(wordStem));

/** Each two words next to each other once stop words are gone, as "stem stem": "out of stock" → "out stock". */
function pairsOf(text: string): Set<string> {
  const words = tokenize(text)
    .map(wordStem)
    .filter((st) => st !== '');
  return new Set(words.slice(1).map((st, i) => `${words[i]} ${st}`));
}

const pairCache = new WeakMap<Piece, Set<string>>();
function piecePairs(p: Piece): Set<string> {
  let set = pairCache.get(p);
  if (!set) pairCache.set(p, (set = pairsOf(p.text)));
  return set;
}

/**
 * The cause (or step) of the article the query points to, and the sentence that shows it:
 * - matched words count by how few of the article's pieces hold them ("stock" tells its causes apart,
 *   "order" does not);
 * - a cause is chosen when it matches better than every other cause (with its symptoms and the steps
 *   that fix it), or when it is the article's only cause;
 * - a step when the query holds a menu path the step names, or when the causes tie and a step matches;
 * - else the issue, the article's top.
 */
function bestTarget(
  r: DocRecord,
  matched: ReadonlySet<string>,
  query: string,
  rarity: ReadonlyMap<string, number>,
): {target: Target; piece: Piece} {
  const all = targets(r);
  // The words the query shares with the article, and those it shares with nearly every article (rarity).
  matched = new Set([...matched, ...rarity.keys()]);
  const pieces = [...r.sections, ...r.symptoms.map((s) => ({label: 'Symptom', text: s.text}))];
  const pieceStems = new Map<Piece, Set<string>>();
  const stemsOfPiece = (p: Piece) => {
    let set = pieceStems.get(p);
    if (!set) pieceStems.set(p, (set = stemsOf(p)));
    return set;
  };
  const spread = new Map<string, number>();
  for (const p of pieces)
    for (const st of stemsOfPiece(p)) if (matched.has(st)) spread.set(st, (spread.get(st) ?? 0) + 1);
  const weight = (st: string) =>
    Math.log(1 + pieces.length / (spread.get(st) ?? pieces.length)) * (rarity.get(st) ?? Math.LN2);
  const score = (list: readonly Piece[]) => {
    const held = new Set<string>();
    for (const p of list) for (const st of stemsOfPiece(p)) if (matched.has(st)) held.add(st);
    return [...held].reduce((sum, st) => sum + weight(st), 0);
  };
  // Two of the query's words side by side, as the piece has them ("out of stock", "punchout group"), say
  // more than the two words apart ("timed out" … "stock"): each such pair counts its words again.
  const asked = pairsOf(query);
  const pairs = (list: readonly Piece[]) => {
    const held = new Set<string>();
    for (const p of list) for (const pair of piecePairs(p)) if (asked.has(pair)) held.add(pair);
    return [...held].reduce((sum, pair) => sum + pair.split(' ').reduce((w, st) => w + weight(st), 0) / 2, 0);
  };
  // A cause is what its own words (its text and symptoms) say; the steps that fix it, often shared with
  // other causes ("submit a brand new Order Request"), count half.
  const targetScore = (t: Target) => {
    const own = score(t.pieces.slice(0, t.own)) + pairs(t.pieces.slice(0, t.own));
    return {own, all: own + (score(t.pieces) - score(t.pieces.slice(0, t.own))) / 2};
  };
  // A cause's own words break a tie the steps it shares with another cause make.
  const scored = all.map((t) => ({t, ...targetScore(t)}));
  const byScore = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.all - a.all || b.own - a.own;
  const causes = scored.filter((x) => x.t.kind === 'cause').sort(byScore);
  const step = scored.filter((x) => x.t.kind === 'step').sort(byScore)[0];
  const issue = scored.find((x) => x.t.kind === 'issue')!;
  const [first, second] = causes;
  let chosen = issue;
  const onlyOne = first && (causes.length === 1 || byScore(first, second) < -1e-9);
  // A query that is a menu path a step names ("Settings > Manage Locations"), little more: the reader is at that step.
  const spaced = ` ${query} `;
  const pasted = scored.find(
    (x) =>
      x.t.kind === 'step' &&
      r.uiPaths.some((path) => {
        const words = tokenize(path);
        return (
          fold(x.t.pieces[0].text).includes(fold(path)) &&
          spaced.includes(` ${words.join(' ')} `) &&
          query.split(' ').length <= words.length + 2
        );
      }),
  );
  if (pasted) chosen = pasted;
  else if (first && onlyOne && (first.all > 0 || causes.length === 1)) chosen = first;
  else if (step && step.all > 0 && step.all >= issue.all) chosen = step;
  const target = chosen.t;
  const piece = target.pieces.reduce((best, p) => (score([p]) > score([best]) + 1e-9 ? p : best), target.pieces[0]);
  return {target, piece};
}

/** `matched`: stems of the index terms the article matched and of the query's words. */
export function toHit(
  r: DocRecord,
  matched: ReadonlySet<string>,
  score: number,
  highlight = '',
  /** The query's words, folded, space-separated (ParsedQuery.whole). */
  query = '',
  /** Stem → how rare the word is among the articles searched (ln(1 + articles / articles holding it)). */
  rarity: ReadonlyMap<string, number> = new Map(),
): SearchHit {
  const {target, piece} = bestTarget(r, matched, query, rarity);
  return {
    kbId: r.kbId,
    title: r.title,
    guide: r.guide,
    href: target.anchor ? `${r.permalink}#${target.anchor}` : r.permalink,
    sectionLabel: target.label,
    snippet: snippet(piece.text, matched),
    score,
    highlight,
    ...(r.named ? {named: true} : {}),
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
