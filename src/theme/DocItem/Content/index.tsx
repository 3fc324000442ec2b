import type {ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import ArticleHeader from '@site/src/components/ArticleHeader';
import ArticleFooter from '@site/src/components/ArticleFooter';
import ArticleStructuredData from '@site/src/components/ArticleStructuredData';
import {useArticlePageData} from '@site/src/components/ArticlePage/context';

/**
 * Ejected from theme-classic to put the KB ID, audience and review date
 * under the title, and the ticket tools after the content, on articles only
 * (pages that are not articles, like the authoring guide, render as stock).
 */
export default function DocItemContent({children}: Props): ReactNode {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const meta = useArticlePageData();
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle || meta ? (
        <header>
          {syntheticTitle ? <Heading as="h1">{syntheticTitle}</Heading> : null}
          {meta ? <ArticleHeader meta={meta} /> : null}
        </header>
      ) : null}
      <MDXContent>{children}</MDXContent>
      {meta ? <ArticleFooter meta={meta} title={metadata.title} /> : null}
      {meta ? <ArticleStructuredData meta={meta} title={metadata.title} /> : null}
    </div>
  );
}
