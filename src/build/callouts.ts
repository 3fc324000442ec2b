/**
 * Reads an article's callouts from its MDX tree (build only): the issue text,
 * each cause and step with its anchor, the menu paths, and every misuse of a
 * component as a problem. The one reader of article bodies: the loader uses
 * it, and what it returns reaches pages, search and exports through the
 * article record.
 */
import type {Nodes, Parent, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {causeAnchorPattern, stepAnchorPattern} from '../kb/ids';
import type {ArticleBody, CauseRecord, StepRecord} from '../kb/types';

/** Components an article may use, with the props each takes; registered in src/theme/MDXComponents.tsx. */
export const componentProps = {
  Issue: [],
  Cause: ['id', 'title', 'noFix', 'see'],
  Resolution: [],
  Step: ['id', 'fixes'],
  UiPath: ['path'],
  SupportedDomains: [],
  CharacterCheck: [],
} as const satisfies Record<string, readonly string[]>;

export type ComponentName = keyof typeof componentProps;
export const knownComponents = Object.keys(componentProps) as ComponentName[];

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** A problem before the file name is known: where in the body, what was expected, what was received. */
export interface BodyProblem {
  readonly field: string;
  readonly expected: string;
  readonly received: unknown;
}

function isJsx(node: Nodes): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A prop's value as an error shows it. */
const describeAttr = (v: unknown) => (typeof v === 'string' ? v : '{…}');

/** A string prop's value; "[expression]" for {…} values, which the checks reject where a text is needed. */
export function attr(node: Jsx, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  return typeof a.value === 'string' ? a.value : '[expression]';
}

const blocks = new Set(['paragraph', 'list', 'listItem', 'blockquote', 'mdxJsxFlowElement', 'heading', 'code']);

/** Plain text of a callout: blocks joined with a space, inline runs (text and **bold**) with nothing. */
export function plainText(node: Nodes): string {
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  const text = children.some((c) => blocks.has(c.type)) ? children.map(plainText).join(' ') : toString(node);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The body's callouts and problems. UiPath elements are replaced by their
 * path as text first, so every text reads "Navigate to Settings > Integrations".
 * `lineOffset` is the number of front matter lines, so problems name the line in the file.
 */
export function readCallouts(tree: Root, lineOffset = 0): {body: ArticleBody; problems: BodyProblem[]} {
  const problems: BodyProblem[] = [];
  const problem = (field: string, expected: string, received: unknown) => problems.push({field, expected, received});
  const counts: Partial<Record<string, number>> = {};
  const causes: CauseRecord[] = [];
  const steps: StepRecord[] = [];
  const uiPaths: string[] = [];
  let issueText = '';

  // Checks every component, and turns UiPath into text for the readers below.
  visit(tree, (raw, index, parent: Parent | undefined) => {
    const node = raw as Nodes;
    if (!isJsx(node) || !node.name) return;
    const name = node.name;
    const line = node.position?.start.line;
    const where = `<${name}>${line ? ` (line ${line + lineOffset})` : ''}`;
    counts[name] = (counts[name] ?? 0) + 1;
    if (!(knownComponents as readonly string[]).includes(name)) {
      problem(where, `one of ${knownComponents.join(', ')}`, name);
      return;
    }
    const allowed: readonly string[] = componentProps[name as ComponentName];
    for (const a of node.attributes) {
      const propName = a.type === 'mdxJsxAttribute' ? a.name : '{...spread}';
      if (!allowed.includes(propName))
        problem(`${where} ${propName}`, allowed.length ? `one of the props ${allowed.join(', ')}` : 'no props', propName);
    }
    if (name === 'UiPath') {
      const path = attr(node, 'path');
      if (!path) problem(`${where} path`, 'a path like "Settings > Integrations"', undefined);
      else if (!uiPaths.includes(path)) uiPaths.push(path);
      if (parent && index !== undefined) parent.children.splice(index, 1, {type: 'text', value: path ?? ''} as never);
    }
    const parentJsx = parent && isJsx(parent as Nodes) ? (parent as Jsx) : undefined;
    if (name === 'Step' && parentJsx?.name !== 'Resolution')
      problem(where, 'a <Step> inside <Resolution>', `a <Step> inside ${parentJsx ? `<${parentJsx.name}>` : 'the page'}`);
  });

  visit(tree, (node) => {
    if (!isJsx(node) || !node.name) return;
    const line = node.position?.start.line;
    const where = `<${node.name}>${line ? ` (line ${line + lineOffset})` : ''}`;
    if (node.name === 'Issue') issueText = plainText(node);
    if (node.name === 'Cause') {
      const id = attr(node, 'id');
      const title = attr(node, 'title');
      if (!id || !causeAnchorPattern.test(id)) problem(`${where} id`, 'an anchor like "cause-test-mode"', id);
      if (!title || title === '[expression]') problem(`${where} title`, 'a short title', title);
      const noFixAttr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'noFix');
      const noFix = noFixAttr !== undefined;
      if (noFixAttr && noFixAttr.value !== null && noFixAttr.value !== undefined)
        problem(`${where} noFix`, 'noFix alone, with no value', describeAttr(noFixAttr.value));
      const see = attr(node, 'see');
      if (see && !noFix) problem(`${where} see`, 'see only with noFix (the step that applies when the guide gives none)', see);
      if (id) causes.push({id, title: title ?? '', text: plainText(node), ...(noFix ? {noFix: see ? {see} : {}} : {})});
    }
    if (node.name === 'Step') {
      const id = attr(node, 'id');
      if (!id || !stepAnchorPattern.test(id)) problem(`${where} id`, 'an anchor like "step-2"', id);
      const fixes = (attr(node, 'fixes') ?? '').split(/\s+/).filter(Boolean);
      if (id) steps.push({id, fixes, text: plainText(node)});
    }
    if (node.name === 'Resolution' && !node.children.some((c) => isJsx(c as Nodes) && (c as Jsx).name === 'Step'))
      problem(`${where} children`, 'at least one <Step>', 'no <Step>');
  });

  for (const name of ['Issue', 'Resolution'] as const) {
    const n = counts[name] ?? 0;
    if (n !== 1) problem(`<${name}>`, `exactly one <${name}> callout`, `${n}`);
  }
  if (!counts.Cause) problem('<Cause>', 'at least one <Cause> callout', '0');

  const anchors = [...causes.map((c) => c.id), ...steps.map((s) => s.id)];
  for (const dup of anchors.filter((a, i) => anchors.indexOf(a) !== i))
    problem('anchors', 'each cause and step id once per article', `"${dup}" twice`);
  const causeIds = causes.map((c) => c.id).join(', ') || 'none';
  // Every cause is fixed by a step that names it, or says the guide gives none. A step naming no cause applies
  // to all (show the reason, tidy up); it fixes them only where no step names a cause.
  const forAll = steps.every((s) => s.fixes.length === 0);
  for (const cause of causes) {
    const named = steps.some((s) => s.fixes.includes(cause.id));
    const fixed = named || (forAll && !cause.noFix);
    if (!fixed && !cause.noFix)
      problem(
        `<Cause id="${cause.id}">`,
        `a <Step fixes="${cause.id}">, or noFix (and see="step-N", the step that applies) when the guide gives no fix`,
        'no step that fixes it',
      );
    if (named && cause.noFix)
      problem(`<Cause id="${cause.id}"> noFix`, 'noFix only on a cause no step names in fixes', 'a step fixes it');
    if (cause.noFix?.see && !steps.some((s) => s.id === cause.noFix?.see))
      problem(`<Cause id="${cause.id}"> see`, `a step of this article (${steps.map((s) => s.id).join(', ')})`, cause.noFix.see);
  }
  for (const step of steps)
    for (const fix of step.fixes)
      if (!causes.some((c) => c.id === fix))
        problem(`<Step id="${step.id}"> fixes`, `a cause id of this article (${causeIds})`, fix);

  const components = knownComponents.filter((name) => counts[name]);
  return {body: {issueText, uiPaths, causes, steps, components}, problems};
}
