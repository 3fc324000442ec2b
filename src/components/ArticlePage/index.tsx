import type {ReactNode} from 'react';
import ArticleHeader from '@site/src/components/ArticleHeader';
import ArticleFooter from '@site/src/components/ArticleFooter';
import ArticleStructuredData from '@site/src/components/ArticleStructuredData';
import type {ArticlePageData} from '@site/src/kb/pageData';
import {ArticlePageContext} from './context';

export interface ArticlePageProps {
  readonly data: ArticlePageData;
  readonly children?: ReactNode;
}

/**
 * An article's body, as the remark plugin (src/remark/articleData.ts) wraps it: the KB ID line under the
 * title, the callouts, then the ticket tools and the JSON-LD. Its data comes as a prop compiled into the
 * article's own module, so no theme component has to relay it; the callouts inside read it from context.
 * Registered in MDXComponents; authors never write it (the content check refuses it).
 */
export default function ArticlePage({data, children}: ArticlePageProps): ReactNode {
  return (
    <ArticlePageContext.Provider value={data}>
      <ArticleHeader meta={data} />
      {children}
      <ArticleFooter meta={data} title={data.title} />
      <ArticleStructuredData meta={data} title={data.title} />
    </ArticlePageContext.Provider>
  );
}
