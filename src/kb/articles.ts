/**
 * Reads the knowledge-base articles (Node only): front matter checked by the
 * schema, callouts checked in the MDX tree. Every problem in every file is
 * collected before anything fails, as `file: field: expected …, received …`.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import {articleFrontMatterSchema, anchorPattern} from './schema';
import {describeValue, KbContentError, type ContentProblem} from './errors';
import type {ArticleRecord, CauseRecord, StepRecord} from './types';

/** URL prefix of the articles (the docs plugin's routeBasePath). */
export const articlesBasePath = '/articles';

/** Components an article may use, with the props each takes; registered in src/theme/MDXComponents.tsx. */
export const componentProps = {
  Issue: [],
  Cause: ['id', 'title'],
  Resolution: [],
  Step: ['id', 'fixes'],
  UiPath: ['path'],
  SupportedDomains: [],
  CharacterCheck: [],
} as const satisfies Record<string, readonly string[]>;

export const knownComponents = Object.keys(componentProps) as (keyof typeof componentProps)[];

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: JsxAttribute[];
  children?: MdNode[];
  position?: {start: {line: number}};
}

function isJsx(node: MdNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function attr(node: MdNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  return typeof a.value === 'string' ? a.value : '[expression]';
}

/** Plain text of a subtree, UI paths written as "Settings > Integrations". */
export function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (isJsx(node) && node.name === 'UiPath') return attr(node, 'path') ?? '';
  // Block containers join their children with a space; inline runs (a paragraph's text and **bold**) with nothing.
  const containers = ['root', 'mdxJsxFlowElement', 'list', 'listItem', 'blockquote'];
  const parts = (node.children ?? []).map(plainText);
  return parts
    .join(containers.includes(node.type) ? ' ' : '')
    .replace(/\s+/g, ' ')
    .trim();
}

function walk(node: MdNode, visit: (n: MdNode, parent: MdNode | null) => void, parent: MdNode | null = null) {
  visit(node, parent);
  for (const child of node.children ?? []) walk(child, visit, node);
}

const parser = unified().use(remarkParse).use(remarkMdx);

type ReadResult = {article?: ArticleRecord; problems: ContentProblem[]};

// One build reads each article several times (the config's redirects, the kb
// plugin, parseFrontMatter for the page); parse it once per file content. One
// entry per file, replaced when the file changes, so watch mode cannot grow it.
const readCache = new Map<string, {source: string; result: ReadResult}>();

/** Parses one article; returns its record (when usable) and its problems. */
export function readArticle(file: string, source: string): ReadResult {
  // Callers name the file relative (the loader) or absolute (parseFrontMatter): key by the absolute path.
  const key = path.resolve(file);
  const cached = readCache.get(key);
  if (cached?.source === source) return cached.result;
  const result = parseArticle(file, source);
  readCache.set(key, {source, result});
  return result;
}

function parseArticle(file: string, source: string): ReadResult {
  const problems: ContentProblem[] = [];
  const problem = (field: string, expected: string, received: unknown) =>
    problems.push({file, field, expected, received: describeValue(received)});

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (e) {
    problem('front matter', 'valid YAML', (e as Error).message.split('\n')[0]);
    return {problems};
  }
  const fm = articleFrontMatterSchema.safeParse(parsed.data);
  if (!fm.success) {
    for (const issue of fm.error.issues) {
      const field = issue.path.join('.') || 'front matter';
      const received = issue.path.reduce<unknown>(
        (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined),
        parsed.data,
      );
      const expected =
        received === undefined
          ? 'a value (required field)'
          : issue.message.replace(/^Invalid (input|option): expected /, '');
      problem(field, expected, received);
    }
  }

  let tree: MdNode;
  try {
    tree = parser.parse(parsed.content) as MdNode;
  } catch (e) {
    problem('body', 'valid MDX', (e as Error).message);
    return {problems};
  }

  const counts: Record<string, number> = {};
  const causes: CauseRecord[] = [];
  const steps: StepRecord[] = [];
  let issueText = '';
  const uiPaths: string[] = [];
  walk(tree, (node, parent) => {
    if (!isJsx(node) || !node.name) return;
    const name = node.name;
    const line = node.position?.start.line;
    const where = `<${name}>${line ? ` (line ${line + countFrontMatterLines(source)})` : ''}`;
    counts[name] = (counts[name] ?? 0) + 1;
    if (!(knownComponents as readonly string[]).includes(name)) {
      problem(where, `one of ${knownComponents.join(', ')}`, name);
      return;
    }
    const allowed: readonly string[] = componentProps[name as keyof typeof componentProps];
    for (const a of node.attributes ?? []) {
      const propName = a.type === 'mdxJsxAttribute' ? a.name : '{...spread}';
      if (!propName || !allowed.includes(propName))
        problem(
          `${where} ${propName}`,
          allowed.length ? `one of the props ${allowed.join(', ')}` : 'no props',
          propName,
        );
    }
    if (name === 'Issue') issueText = plainText(node);
    if (name === 'Cause') {
      const id = attr(node, 'id');
      const title = attr(node, 'title');
      if (!id || !anchorPattern.test(id) || !id.startsWith('cause-'))
        problem(`${where} id`, 'an anchor like "cause-test-mode"', id);
      if (!title) problem(`${where} title`, 'a short title', title);
      if (id) causes.push({id, title: title ?? '', text: plainText(node)});
    }
    if (name === 'Step') {
      const id = attr(node, 'id');
      if (parent?.name !== 'Resolution')
        problem(
          where,
          'a <Step> inside <Resolution>',
          `a <Step> inside ${parent?.name ? `<${parent.name}>` : 'the page'}`,
        );
      if (!id || !/^step-\d+$/.test(id)) problem(`${where} id`, 'an anchor like "step-2"', id);
      const fixes = (attr(node, 'fixes') ?? '').split(/\s+/).filter(Boolean);
      if (id) steps.push({id, fixes, text: plainText(node)});
    }
    if (name === 'Resolution') {
      const hasStep = (node.children ?? []).some((c) => isJsx(c) && c.name === 'Step');
      if (!hasStep) problem(`${where} children`, 'at least one <Step>', 'no <Step>');
    }
    if (name === 'UiPath') {
      const uiPath = attr(node, 'path');
      if (!uiPath) problem(`${where} path`, 'a path like "Settings > Integrations"', undefined);
      else if (!uiPaths.includes(uiPath)) uiPaths.push(uiPath);
    }
  });

  for (const name of ['Issue', 'Resolution'] as const) {
    const n = counts[name] ?? 0;
    if (n !== 1) problem(`<${name}>`, `exactly one <${name}> callout`, `${n}`);
  }
  if (!counts.Cause) problem('<Cause>', 'at least one <Cause> callout', '0');

  const anchors = [...causes.map((c) => c.id), ...steps.map((s) => s.id)];
  for (const dup of anchors.filter((a, i) => anchors.indexOf(a) !== i))
    problem('anchors', 'each cause and step id once per article', `"${dup}" twice`);
  for (const step of steps)
    for (const fix of step.fixes)
      if (!causes.some((c) => c.id === fix))
        problem(
          `<Step id="${step.id}"> fixes`,
          `a cause id of this article (${causes.map((c) => c.id).join(', ') || 'none'})`,
          fix,
        );

  if (fm.success)
    for (const s of fm.data.symptoms)
      if (typeof s !== 'string' && !causes.some((c) => c.id === s.cause))
        problem('symptoms', `a cause id of this article (${causes.map((c) => c.id).join(', ')})`, s.cause);
  if (!fm.success || problems.length) return {problems};
  const d = fm.data;
  return {
    problems,
    article: {
      file,
      kbId: d.kb_id,
      title: d.title,
      sidebarLabel: d.sidebar_label ?? d.title,
      description: d.description,
      slug: d.slug,
      permalink: `${articlesBasePath}${d.slug}`,
      category: d.category,
      symptoms: d.symptoms.map((x) => (typeof x === 'string' ? {text: x} : x)),
      statusTexts: d.status_texts,
      keywords: d.keywords,
      audience: d.audience,
      related: d.related,
      lastReviewed: d.last_reviewed.toISOString().slice(0, 10),
      redirectFrom: d.redirect_from.map((s) => `${articlesBasePath}${s}`),
      issueText,
      uiPaths,
      causes,
      steps,
    },
  };
}

function countFrontMatterLines(source: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return m ? m[0].split('\n').length - 1 : 0;
}

/** Checks that hold across articles: unique IDs and slugs, related IDs that exist. */
export function checkCollection(articles: readonly ArticleRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // The first article to claim an ID or a slug keeps it; each later one is a problem.
  const claim = (field: 'kb_id' | 'slug', key: (a: ArticleRecord) => string, what: string) => {
    const owners = new Map<string, ArticleRecord>();
    for (const a of articles) {
      const owner = owners.get(key(a));
      if (!owner) owners.set(key(a), a);
      else
        problems.push({
          file: a.file,
          field,
          expected: `${what} no other article has (${owner.file} has it)`,
          received: describeValue(field === 'kb_id' ? a.kbId : a.slug),
        });
    }
    return owners;
  };
  const byId = claim('kb_id', (a) => a.kbId, 'an ID');
  claim('slug', (a) => a.permalink, 'a slug');
  for (const a of articles)
    for (const rel of a.related)
      if (!byId.has(rel))
        problems.push({
          file: a.file,
          field: 'related',
          expected: `IDs of existing articles (${[...byId.keys()].sort().join(', ')})`,
          received: describeValue(rel),
        });
  return problems;
}

/** Reads every .mdx/.md article in a folder, in KB ID order; throws all problems at once. */
export function loadArticles(dir: string, cwd = process.cwd()): ArticleRecord[] {
  const files = fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => /\.mdx?$/.test(f) && !path.basename(f).startsWith('_'))
    .sort();
  const problems: ContentProblem[] = [];
  const articles: ArticleRecord[] = [];
  for (const f of files) {
    const full = path.join(dir, f);
    const rel = path.relative(cwd, full) || full;
    const {article, problems: p} = readArticle(rel, fs.readFileSync(full, 'utf8'));
    problems.push(...p);
    if (article) articles.push(article);
  }
  problems.push(...checkCollection(articles));
  if (problems.length) throw new KbContentError(problems);
  return articles.sort((a, b) => a.kbId.localeCompare(b.kbId));
}
