/**
 * Named things a guide's readers type (places, marketplace domains; another guide's error codes or
 * regions): data in the guide's folder (`docs/<guide>/named.json`), each name leading search to one
 * article. Generic: what a name answers is the guide's (src/guides/answers.ts), never the engine's.
 */
import {fold} from '../lib/fold';

export interface NamedEntry {
  /** The names of one thing, as people write them: "Germany", "Deutschland", "Amazon.de". */
  readonly names: readonly string[];
  /** What the guide's answer reads (for AMZ: the domain and the country). */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface NamedGroup {
  /** The article that answers a query naming one of them. */
  readonly article: string;
  /**
   * How one of them looks when typed, a regular expression (an Amazon domain): a match is read as one
   * word, so "amazon.co.jp" is one name, not "amazon", "co" and "jp".
   */
  readonly pattern?: string;
  /** What the guide's answer reads for every entry (for AMZ: the supported domains). */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly entries: readonly NamedEntry[];
}

/** A name a query holds: the entry it names, or (a pattern match no entry names) only the text typed. */
export interface NamedMatch {
  readonly guide: string;
  /** As found in the query, folded: "amazon.de", "new zealand". */
  readonly text: string;
  readonly entry?: NamedEntry;
  readonly data?: NamedGroup['data'];
}

/** Folded words of a text, space-separated and padded, for whole-word containment. */
export const wordsOf = (text: string): string =>
  ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** A name as the one search token it is indexed as: "New Zealand" → "newzealand", "Amazon.co.jp" → "amazoncojp". */
export const nameToken = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The pattern with what may stand before it (a scheme, a subdomain: "https://business.amazon.de") and must
 * not follow it (more of a host). Group 1 is what stands before the match, group 2 the name.
 */
export function namePattern(pattern: string): RegExp {
  return new RegExp(`(^|[^a-z0-9.-])(?:https?://)?(?:[a-z0-9-]+\\.)*?(${pattern})(?![a-z0-9-]|\\.[a-z])`, 'gi');
}

/** Every pattern match of a text, folded ("amazon.de" in "see https://www.amazon.de/x"). */
export function patternMatches(text: string, patterns: readonly RegExp[]): string[] {
  const folded = fold(text);
  return patterns.flatMap((p) => [...folded.matchAll(p)].map((m) => m[2].toLowerCase()));
}

/** The group's names of several words, folded, longest first: what a query is searched for whole. */
export function multiWordNames(group: NamedGroup): string[] {
  const names = group.entries.flatMap((e) => e.names).map((n) => wordsOf(n).trim());
  return [...new Set(names.filter((n) => n.includes(' ')))].sort((a, b) => b.length - a.length);
}

/**
 * The name a query holds, if any: a pattern match first (its entry, or none when it names nothing the
 * group knows; nothing while it is the start of a longer name, "amazon.co" on its way to "amazon.co.uk"),
 * then the longest name the query holds as whole words.
 */
export function findNamed(query: string, group: NamedGroup, guide: string): NamedMatch | undefined {
  if (group.pattern) {
    const [typed] = patternMatches(query, [namePattern(group.pattern)]);
    if (typed) {
      const names = group.entries.flatMap((e) => e.names.map((n) => [fold(n), e] as const));
      const entry = names.find(([n]) => n === typed)?.[1];
      if (entry) return {guide, text: typed, entry, data: group.data};
      if (names.some(([n]) => n.startsWith(`${typed}.`))) return undefined;
      return {guide, text: typed, data: group.data};
    }
  }
  const text = wordsOf(query);
  let best: {name: string; entry: NamedEntry} | undefined;
  for (const entry of group.entries)
    for (const name of entry.names) {
      const key = wordsOf(name);
      if (key.trim() && text.includes(key) && (!best || key.length > best.name.length)) best = {name: key, entry};
    }
  return best && {guide, text: best.name.trim(), entry: best.entry, data: group.data};
}
