import {categories} from './categories';
import type {Audience} from './categories';
import type {ArticleSummary} from './summary';
import {fold, words} from '../lib/fold';

/** One line of the symptom index: a symptom or status text and where it leads. */
export interface SymptomEntry {
  readonly text: string;
  readonly kind: 'symptom' | 'status';
  readonly href: string;
  readonly kbId: string;
  readonly articleTitle: string;
  readonly causeTitle?: string;
  readonly audience: readonly Audience[];
}

export interface SymptomGroup {
  readonly id: string;
  readonly label: string;
  readonly entries: readonly SymptomEntry[];
}

/** Every symptom and status text of every article, grouped by category. */
export function symptomGroups(articles: readonly ArticleSummary[]): SymptomGroup[] {
  return categories
    .map((c) => ({
      id: c.id,
      label: c.label,
      entries: articles
        .filter((a) => a.category === c.id)
        .flatMap((a): SymptomEntry[] => {
          const base = {kbId: a.kbId, articleTitle: a.title, audience: a.audience};
          return [
            ...a.statusTexts.map((text) => ({...base, text, kind: 'status' as const, href: a.permalink})),
            ...a.symptoms.map((s) => ({
              ...base,
              text: s.text,
              kind: 'symptom' as const,
              href: s.cause ? `${a.permalink}#${s.cause}` : a.permalink,
              causeTitle: s.cause ? a.causes.find((c) => c.id === s.cause)?.title : undefined,
            })),
          ];
        }),
    }))
    .filter((g) => g.entries.length > 0);
}

/** True when every word of the query is in the entry, its article title or KB ID. */
export function matchesFilter(entry: SymptomEntry, query: string, audience: Audience | ''): boolean {
  if (audience && !entry.audience.includes(audience)) return false;
  const haystack = fold(`${entry.text} ${entry.articleTitle} ${entry.kbId} ${entry.causeTitle ?? ''}`);
  return words(query).every((w) => haystack.includes(w));
}
