import {fold} from '../lib/fold';

/** One article as a guide's index lists it. */
export interface ArticleIndexRow {
  readonly kbId: string;
  readonly title: string;
  readonly href: string;
  /** Category id; its label is in the page's categories. */
  readonly category: string;
  /** Audience ids; their labels are in the page's audiences. */
  readonly audience: readonly string[];
  /** YYYY-MM-DD. */
  readonly lastReviewed: string;
}

interface Choice {
  readonly id: string;
  readonly label: string;
}

/** A guide's article index, /<route base> (/articles for AMZ): every article, filterable. */
export interface ArticleIndexData {
  readonly guide: {readonly id: string; readonly title: string; readonly description: string};
  readonly categories: readonly Choice[];
  readonly audiences: readonly Choice[];
  readonly rows: readonly ArticleIndexRow[];
}

export interface ArticleFilter {
  readonly q: string;
  readonly category: string;
  readonly audience: string;
}

/** Whether a row passes the filter: every word of q in its KB ID or title (accents and case folded). */
export function matchesArticle(row: ArticleIndexRow, {q, category, audience}: ArticleFilter): boolean {
  if (category && row.category !== category) return false;
  if (audience && !row.audience.includes(audience)) return false;
  const hay = fold(`${row.kbId} ${row.kbId.replace('-', '')} ${row.title}`);
  return fold(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
