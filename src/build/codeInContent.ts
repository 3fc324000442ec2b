/**
 * What in an article's MDX could become script (build only): MDX is a
 * programming language, and an article is content. Refused, each with its
 * line: import and export statements, {…} expressions (a comment is fine),
 * props given as {…} or spread, raw HTML elements, and links whose scheme a
 * browser runs or renders as a document (javascript:, data:, vbscript:, …).
 */
import type {Nodes, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {BodyProblem} from './callouts';

/** Link schemes an article may use; a link without a scheme (a path, #anchor) is always fine. */
const allowedSchemes = ['http', 'https', 'mailto'];
/** Elements that run or embed code: named in the error, though any lower-case element is refused. */
const codeElements = new Set(['script', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'base', 'form', 'svg']);

/** The scheme of a URL as a browser reads it: control characters and whitespace ignored, any case. */
function scheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme, so must we
  const plain = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1].toLowerCase();
}

/** File types a relative link or image may name. */
const articleFiles = ['', 'md', 'mdx'];
const rasterImages = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'];

/** The extension of a relative path to a file ("./a.svg" → svg); '' for a page path, undefined for a site path or anchor. */
function localFile(url: string): string | undefined {
  const path = url.replace(/[?#].*$/, '');
  if (!path || path.startsWith('/')) return undefined;
  return /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase() ?? '';
}

const isComment = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
const preview = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

export function codeInContent(tree: Root, lineOffset = 0): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: Nodes) => (node.position ? ` (line ${node.position.start.line + lineOffset})` : '');
  visit(tree, (raw) => {
    const node = raw as Nodes;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          field: `body${at(node)}`,
          expected: 'no import or export: an article is content, not code (components are registered once)',
          received: preview(node.value),
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value))
          problems.push({
            field: `body${at(node)}`,
            expected: 'no {…} expression (a {/* comment */} is fine): text, Markdown and the components',
            received: `{${preview(node.value)}}`,
          });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const where = `<${node.name ?? ''}>${at(node)}`;
        if (node.name && codeElements.has(node.name.toLowerCase()))
          problems.push({field: where, expected: 'no raw HTML element that runs or embeds code', received: node.name});
        for (const a of node.attributes) {
          if (a.type === 'mdxJsxExpressionAttribute')
            problems.push({field: `${where} {...}`, expected: 'props written as text, no spread', received: `{${preview(a.value)}}`});
          else if (a.value !== null && a.value !== undefined && typeof a.value !== 'string')
            problems.push({
              field: `${where} ${a.name}`,
              expected: 'a text value ("…"), not an expression',
              received: `{${preview(a.value.value)}}`,
            });
          if (a.type === 'mdxJsxAttribute' && /^on/i.test(a.name))
            problems.push({field: `${where} ${a.name}`, expected: 'no event handler', received: a.name});
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition': {
        const s = scheme(node.url);
        if (s && !allowedSchemes.includes(s))
          problems.push({
            field: `${node.type}${at(node)}`,
            expected: `a link that is a path, an #anchor or ${allowedSchemes.map((x) => `${x}:`).join(', ')}`,
            received: preview(node.url),
          });
        // A relative link to a file is published beside the site (an SVG or HTML file opened there runs its
        // scripts on the site's origin): only articles, and raster images.
        const ext = s ? undefined : localFile(node.url);
        const allowed = node.type === 'image' ? rasterImages : articleFiles;
        if (ext !== undefined && !allowed.includes(ext))
          problems.push({
            field: `${node.type}${at(node)}`,
            expected:
              node.type === 'image'
                ? `an image file of the article's folder (${rasterImages.join(', ')})`
                : 'a link to a page or an article (.md, .mdx), not to another file',
            received: preview(node.url),
          });
        break;
      }
    }
  });
  return problems;
}
