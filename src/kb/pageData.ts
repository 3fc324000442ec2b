import type {ArticleRecord} from './types';

/**
 * What an article page shows beside its MDX: the header (KB ID, category,
 * audience, review date), the ticket tools and the JSON-LD. Built once per
 * article at build time from its record and exported by the article's own
 * MDX module (src/remark/articleData.ts), so the page needs no second copy
 * in front matter and no extra request.
 */
export interface ArticlePageData {
  readonly kbId: string;
  /** Ids only: labels come from the guide registry at run time (src/kb/globalData.ts), so renaming a label
   *  in guides.json never leaves a compiled page (and the bundler's cache of it) with the old one. */
  readonly guide: string;
  readonly category: string;
  readonly audience: readonly string[];
  /** YYYY-MM-DD */
  readonly lastReviewed: string;
  readonly description: string;
  readonly steps: readonly {readonly id: string; readonly text: string}[];
  /** For the page's outline (src/kb/outline.ts). */
  readonly causes: readonly {readonly id: string; readonly title: string}[];
  /** On the article that answers its guide's named things only: their shared data (for AMZ, the supported domains). */
  readonly named?: Readonly<Record<string, unknown>>;
}

/** Name of the MDX module export that carries the page data. */
export const pageDataExport = 'kbArticle';

export function toArticlePageData(a: ArticleRecord, named?: Readonly<Record<string, unknown>>): ArticlePageData {
  return {
    kbId: a.kbId,
    guide: a.guide,
    category: a.category,
    audience: a.audience,
    lastReviewed: a.lastReviewed,
    description: a.description,
    steps: a.steps.map(({id, text}) => ({id, text})),
    causes: a.causes.map(({id, title}) => ({id, title})),
    ...(named ? {named} : {}),
  };
}
