import {fold, words} from '../lib/fold';
import type {NamedGroup} from '../search/named';

/** One line of the symptom index: a symptom or status text and where it leads. */
export interface SymptomEntry {
  readonly text: string;
  readonly kind: 'symptom' | 'status';
  readonly href: string;
  readonly kbId: string;
  readonly articleTitle: string;
  /** The declared cause's title, when the symptom names one (front matter `symptoms: [{text, cause}]`). */
  readonly causeTitle?: string;
  /** Audience ids of the article. */
  readonly audience: readonly string[];
  /** The article answers its guide's named things (docs/<guide>/named.json): a filter naming one shows it. */
  readonly named?: true;
}

export interface SymptomGroup {
  /** Category id, unique within its guide. */
  readonly id: string;
  readonly label: string;
  readonly entries: readonly SymptomEntry[];
}

/** One guide's part of a symptom page. */
export interface SymptomSection {
  readonly guide: string;
  readonly title: string;
  readonly groups: readonly SymptomGroup[];
  /** The guide's named things, when it has them: a filter naming one is answered. */
  readonly named?: NamedGroup;
}

/** A link to another page of symptoms: a guide's own page, or the next page of a long guide. */
export interface SymptomPageLink {
  readonly href: string;
  readonly label: string;
  readonly current?: boolean;
}

/** Everything a page of the symptom index shows, built by the kb plugin (src/build/listings.ts). */
export interface SymptomIndexData {
  readonly title: string;
  readonly sections: readonly SymptomSection[];
  readonly audiences: readonly {readonly id: string; readonly label: string}[];
  /** Guides listed on their own pages (a large knowledge base), with their number of symptoms. */
  readonly guidePages: readonly (SymptomPageLink & {readonly count: number})[];
  /** Pages of this guide's symptoms, when it has more than one. */
  readonly pages: readonly SymptomPageLink[];
}

/**
 * True when every word of the query is in the entry, its article title, KB ID
 * or cause; or, when the query names one of the guide's named things
 * (`named`), when the entry belongs to the article that answers them.
 */
export function matchesFilter(entry: SymptomEntry, query: string, audience: string, named = false): boolean {
  if (audience && !entry.audience.includes(audience)) return false;
  if (named && entry.named) return true;
  const haystack = fold(`${entry.text} ${entry.articleTitle} ${entry.kbId} ${entry.causeTitle ?? ''}`);
  return words(query).every((w) => haystack.includes(w));
}
