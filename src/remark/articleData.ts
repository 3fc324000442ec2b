/**
 * Remark plugin (build only), run by the MDX compiler on every page:
 * - gives each <Step fixes="cause-a cause-b"> the titles of the causes it
 *   fixes, taken from the <Cause> callouts of the same page, so the step
 *   links to them by name (authors write each title once, on the Cause);
 * - on an article, wraps its body in <ArticlePage data={…}> (registered in
 *   MDXComponents) with its page data (src/kb/pageData.ts), built from the
 *   record the kb plugin loaded, and exports its outline as the module's
 *   `toc`: the page needs no second parse, nothing added to front matter and
 *   no theme component relaying the data.
 * Runs before Docusaurus' own remark plugins (beforeDefaultRemarkPlugins), so
 * that its table-of-contents plugin finds the `toc` export and keeps it.
 */
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {attr} from '../build/callouts';
import {guideFolderOf, loadedArticle, loadedKnowledgeBaseIfAny as current} from '../build/store';
import type {Expression} from 'estree';
import {valueToEstree} from 'estree-util-value-to-estree';
import {articlePageComponent, toArticlePageData} from '../kb/pageData';
import {articleOutline} from '../kb/outline';

/** `export const <name> = <value>`: the ESTree the MDX compiler reads from an ESM node. */
function constExport(name: string, value: unknown): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            attributes: [],
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [{type: 'VariableDeclarator', id: {type: 'Identifier', name}, init: valueToEstree(value)}],
            },
          },
        ],
      },
    },
  };
}

/** `<name {prop}={value}>children</name>`: page data handed to a registered component as a prop. */
function wrapIn(
  name: string,
  prop: string,
  value: unknown,
  children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
  const expression: Expression = valueToEstree(value);
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: [
      {
        type: 'mdxJsxAttribute',
        name: prop,
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: '',
          data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]}},
        },
      },
    ],
    children,
  };
}

export default function remarkArticleData() {
  return (tree: Root, file: VFile): void => {
    const titles = new Map<string, string>();
    visit(tree, 'mdxJsxFlowElement', (n: MdxJsxFlowElement) => {
      const id = n.name === 'Cause' ? attr(n, 'id') : undefined;
      if (id) titles.set(id, attr(n, 'title') ?? id);
    });
    visit(tree, 'mdxJsxFlowElement', (n: MdxJsxFlowElement) => {
      if (n.name !== 'Step') return;
      const fixes = (attr(n, 'fixes') ?? '').split(/\s+/).filter(Boolean);
      if (fixes.length === 0) return;
      n.attributes = n.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'causeTitles');
      n.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'causeTitles',
        value: JSON.stringify(fixes.map((id) => titles.get(id) ?? id)),
      });
    });

    const article = file.path ? loadedArticle(file.path) : undefined;
    if (!article) {
      const guide = file.path ? guideFolderOf(file.path) : undefined;
      if (guide)
        throw new Error(
          `${file.path}: expected an article of guide "${guide}" (every MDX page in its folder is one), received a page the knowledge base did not load: is its name .mdx, and did the kb plugin run before the MDX compiler?`,
        );
      return; // not an article (the authoring guide), or a unit test without a loaded knowledge base
    }
    // The article answering its guide's named things gets their shared data (AMZ-007: the supported domains).
    const named = current()?.named.get(article.guide);
    const namedData = named?.article === article.kbId ? named.data : undefined;
    const data = toArticlePageData(article, namedData);
    // The body goes inside <ArticlePage>, which adds the KB ID line, the ticket tools and the JSON-LD around it;
    // imports and exports stay at the module's top level.
    const esm = tree.children.filter((n) => n.type === 'mdxjsEsm');
    const body = tree.children.filter((n) => n.type !== 'mdxjsEsm') as MdxJsxFlowElement['children'];
    // The outline as the module's `toc`: the theme's table-of-contents plugin keeps a `toc` the module exports,
    // and the callouts are components, not the Markdown headings it would collect.
    tree.children = [
      ...esm,
      wrapIn(articlePageComponent, 'data', data, body),
      constExport('toc', articleOutline(data)),
    ];
  };
}
