import type {ArticleRecord} from './types';

/**
 * What an article page shows beside its MDX: the header (KB ID, category,
 * audience, review date), the ticket tools and the JSON-LD. Built once per
 * article at build time from its record and compiled into the article's own
 * MDX module, as a prop of the component its body is wrapped in
 * (src/remark/articleData.ts), so the page needs no second copy
 * in front matter and no extra request.
 */
export interface ArticlePageData {
  readonly kbId: string;
  readonly title: string;
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

/** The MDX component an article's body is wrapped in, with the page data as its `data` prop (src/remark/articleData.ts). */
export const articlePageComponent = 'ArticlePage';

export function toArticlePageData(a: ArticleRecord, named?: Readonly<Record<string, unknown>>): ArticlePageData {
  return {
    kbId: a.kbId,
    title: a.title,
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
