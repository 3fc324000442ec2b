import type {ReactNode} from 'react';
import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {WrapperProps} from '@docusaurus/types';
import {ArticlePageContext} from '@site/src/components/ArticlePage/context';
import {pageDataExport, type ArticlePageData} from '@site/src/kb/pageData';

type Props = WrapperProps<typeof DocItemType>;

/**
 * Wrapped to hand the article's page data (exported by its own MDX module,
 * src/remark/articleData.ts) to the header, footer and JSON-LD. Docusaurus
 * attaches a module's named exports to the content component it passes here.
 */
export default function DocItemWrapper(props: Props): ReactNode {
  const data = (props.content as unknown as Record<string, unknown>)[pageDataExport] as ArticlePageData | undefined;
  return (
    <ArticlePageContext.Provider value={data ?? null}>
      <DocItem {...props} />
    </ArticlePageContext.Provider>
  );
}
