/**
 * The template's placeholders left in an article (build only): `npm run new:article` writes TODOs where the
 * writer writes, and an article that still holds one must not reach readers (the home page, search and the
 * symptom index would show it). A TODO in any text of the front matter or the body, or an anchor named
 * "todo", is a problem naming the field.
 */
import type {Nodes, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import type {BodyProblem} from './callouts';

const marker = /\bTODO\b/;
const anchorMarker = /(^|-)todo(-|$)/i;
const expected = 'your own text (the template’s TODO is still there)';

/** TODOs in front matter or data-file values (a troubleshooter scaffold), with their field path (symptoms.0.text). */
export function frontMatterTodos(value: unknown, field: string, out: BodyProblem[] = []): BodyProblem[] {
  if (typeof value === 'string') {
    if (marker.test(value)) out.push({field, expected, received: value});
  } else if (Array.isArray(value)) value.forEach((v, i) => frontMatterTodos(v, `${field}.${i}`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) frontMatterTodos(v, field ? `${field}.${k}` : k, out);
  return out;
}

export function templateText(frontMatter: unknown, tree: Root, lineOffset = 0): BodyProblem[] {
  const problems: BodyProblem[] = [];
  frontMatterTodos(frontMatter, '', problems);
  const at = (node: Nodes) => (node.position ? ` (line ${node.position.start.line + lineOffset})` : '');
  visit(tree, (raw) => {
    const node = raw as Nodes;
    if (node.type === 'text' && marker.test(node.value))
      problems.push({field: `body${at(node)}`, expected, received: node.value.trim()});
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') {
          const todo = a.name === 'id' || a.name === 'fixes' ? anchorMarker.test(a.value) : marker.test(a.value);
          if (todo)
            problems.push({
              field: `<${node.name}>${at(node)} ${a.name}`,
              expected: a.name === 'id' || a.name === 'fixes' ? 'an anchor of your own, not "todo"' : expected,
              received: a.value,
            });
        }
  });
  return problems;
}
