import {useMemo, type ReactNode} from 'react';
import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {WrapperProps} from '@docusaurus/types';
import {ArticlePageContext} from '@site/src/components/ArticlePage/context';
import {pageDataExport, type ArticlePageData} from '@site/src/kb/pageData';
import {articleOutline} from '@site/src/kb/outline';

type Props = WrapperProps<typeof DocItemType>;
type Content = Props['content'];

/**
 * The article's content with its outline as the table of contents: the callouts are components, not
 * Markdown headings, so the docs' own table of contents would be empty. The content's public fields
 * (PropDocContent: metadata, frontMatter, toc, …) are kept; only `toc` is the outline.
 */
function withOutline(content: Content, data: ArticlePageData): Content {
  const Outlined = ((props: object) => {
    const Original = content as unknown as (p: object) => ReactNode;
    return <Original {...props} />;
  }) as unknown as Content;
  return Object.assign(Outlined, content, {toc: articleOutline(data)});
}

/**
 * Wrapped to hand the article's page data (exported by its own MDX module,
 * src/remark/articleData.ts) to the header, footer and JSON-LD, and to give the
 * page its outline. Docusaurus attaches a module's named exports to the content
 * component it passes here.
 */
export default function DocItemWrapper(props: Props): ReactNode {
  const data = (props.content as unknown as Record<string, unknown>)[pageDataExport] as ArticlePageData | undefined;
  const content = useMemo(() => (data ? withOutline(props.content, data) : props.content), [props.content, data]);
  return (
    <ArticlePageContext.Provider value={data ?? null}>
      <DocItem {...props} content={content} />
    </ArticlePageContext.Provider>
  );
}
