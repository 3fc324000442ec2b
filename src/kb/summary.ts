import type {ArticleRecord} from './types';

/** What the browser pages (home, symptoms, troubleshooter) need of an article. */
export interface ArticleSummary {
  readonly kbId: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly category: ArticleRecord['category'];
  readonly audience: ArticleRecord['audience'];
  readonly symptoms: ArticleRecord['symptoms'];
  readonly statusTexts: readonly string[];
  readonly causes: readonly {readonly id: string; readonly title: string}[];
}

export function toArticleSummary(a: ArticleRecord): ArticleSummary {
  return {
    kbId: a.kbId,
    title: a.title,
    description: a.description,
    permalink: a.permalink,
    category: a.category,
    audience: a.audience,
    symptoms: a.symptoms,
    statusTexts: a.statusTexts,
    causes: a.causes.map(({id, title}) => ({id, title})),
  };
}
