import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {useGuideLabels} from '@site/src/hooks/useKbGlobalData';
import type {ArticlePageData} from '@site/src/kb/pageData';
import {articleJsonLd, scriptJson} from '@site/src/kb/structuredData';

export interface ArticleStructuredDataProps {
  readonly meta: ArticlePageData;
  readonly title: string;
}

/** og:type article and the JSON-LD of the article; Docusaurus already emits canonical, og:title and og:description. */
export default function ArticleStructuredData({meta, title}: ArticleStructuredDataProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const url = `${siteConfig.url}${pathname}`;
  const labels = useGuideLabels(meta.guide);
  return (
    <Head>
      <meta property="og:type" content="article" />
      <meta property="article:modified_time" content={meta.lastReviewed} />
      <script type="application/ld+json">
        {scriptJson(
          articleJsonLd(meta, title, url, {
            category: labels.category(meta.category),
            audience: meta.audience.map(labels.audience),
          }),
        )}
      </script>
    </Head>
  );
}
