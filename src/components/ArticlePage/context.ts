import {createContext, useContext} from 'react';
import type {ArticlePageData} from '@site/src/kb/pageData';

/** The article data of the page being rendered; null on docs that are not articles (the authoring guide). */
export const ArticlePageContext = createContext<ArticlePageData | null>(null);

export function useArticlePageData(): ArticlePageData | null {
  return useContext(ArticlePageContext);
}
