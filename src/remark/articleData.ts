/**
 * Remark plugin (build only), run by the MDX compiler on every page:
 * - gives each <Step fixes="cause-a cause-b"> the titles of the causes it
 *   fixes, taken from the <Cause> callouts of the same page, so the step
 *   links to them by name (authors write each title once, on the Cause);
 * - on an article, exports its page data (src/kb/pageData.ts) from the MDX
 *   module, built from the record the kb plugin loaded: the page reads it
 *   with no second parse and nothing added to front matter.
 */
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {attr} from '../build/callouts';
import {loadedArticle, loadedKnowledgeBaseIfAny as current} from '../build/store';
import {pageDataExport, toArticlePageData} from '../kb/pageData';

/** `export const <name> = JSON.parse("…")`: a JSON value as an ES module export the MDX compiler accepts. */
function jsonExport(name: string, value: unknown): MdxjsEsm {
  const json = JSON.stringify(value);
  return {
    type: 'mdxjsEsm',
    value: `export const ${name} = JSON.parse(${JSON.stringify(json)});`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ExportNamedDeclaration',
            specifiers: [],
            source: null,
            attributes: [],
            declaration: {
              type: 'VariableDeclaration',
              kind: 'const',
              declarations: [
                {
                  type: 'VariableDeclarator',
                  id: {type: 'Identifier', name},
                  init: {
                    type: 'CallExpression',
                    optional: false,
                    callee: {
                      type: 'MemberExpression',
                      computed: false,
                      optional: false,
                      object: {type: 'Identifier', name: 'JSON'},
                      property: {type: 'Identifier', name: 'parse'},
                    },
                    arguments: [{type: 'Literal', value: json, raw: JSON.stringify(json)}],
                  },
                },
              ],
            },
          },
        ],
      },
    },
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
    if (!article) return; // not an article (the authoring guide), or a unit test without a loaded knowledge base
    // The article answering its guide's named things gets their shared data (AMZ-007: the supported domains).
    const named = current()?.named.get(article.guide);
    const namedData = named?.article === article.kbId ? named.data : undefined;
    tree.children.push(jsonExport(pageDataExport, toArticlePageData(article, namedData)));
  };
}
