import type {ArticleContentData} from './frontMatterData';
import {categoryLabel, type Audience, type CategoryId} from './categories';

/** The article fields the page chrome shows; read from front matter already validated at build. */
export interface ArticleMeta {
  readonly kbId: string;
  readonly category: CategoryId;
  readonly categoryLabel: string;
  readonly audience: readonly Audience[];
  readonly lastReviewed: string;
  readonly statusTexts: readonly string[];
  readonly description: string;
  readonly steps: ArticleContentData['kb_steps'];
}

/** Null for docs that are not KB articles (no kb_id). */
export function toArticleMeta(frontMatter: Record<string, unknown>): ArticleMeta | null {
  const kbId = frontMatter.kb_id;
  if (typeof kbId !== 'string') return null;
  const reviewed = frontMatter.last_reviewed;
  const category = frontMatter.category as CategoryId;
  return {
    kbId,
    category,
    categoryLabel: categoryLabel(category),
    audience: (frontMatter.audience as Audience[] | undefined) ?? [],
    // YAML turns 2026-11-29 into a Date; keep the calendar day as written.
    lastReviewed: reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed ?? ''),
    statusTexts: (frontMatter.status_texts as string[] | undefined) ?? [],
    description: String(frontMatter.description ?? ''),
    steps: (frontMatter.kb_steps as ArticleContentData['kb_steps'] | undefined) ?? [],
  };
}
