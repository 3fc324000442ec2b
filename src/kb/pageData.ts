import type {ArticleRecord, Guide} from './types';

/**
 * What an article page shows beside its MDX: the header (KB ID, category,
 * audience, review date), the ticket tools and the JSON-LD. Built once per
 * article at build time from its record and exported by the article's own
 * MDX module (src/remark/articleData.ts), so the page needs no second copy
 * in front matter and no extra request.
 */
export interface ArticlePageData {
  readonly kbId: string;
  readonly guideTitle: string;
  readonly categoryLabel: string;
  readonly audienceLabels: readonly string[];
  /** YYYY-MM-DD */
  readonly lastReviewed: string;
  readonly description: string;
  readonly statusTexts: readonly string[];
  readonly steps: readonly {readonly id: string; readonly text: string}[];
}

/** Name of the MDX module export that carries the page data. */
export const pageDataExport = 'kbArticle';

export function toArticlePageData(a: ArticleRecord, guide: Guide): ArticlePageData {
  const label = (list: Guide['categories'], id: string) => list.find((c) => c.id === id)?.label ?? id;
  return {
    kbId: a.kbId,
    guideTitle: guide.title,
    categoryLabel: label(guide.categories, a.category),
    audienceLabels: a.audience.map((id) => label(guide.audiences, id)),
    lastReviewed: a.lastReviewed,
    description: a.description,
    statusTexts: a.statusTexts,
    steps: a.steps.map(({id, text}) => ({id, text})),
  };
}
