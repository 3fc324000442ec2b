/**
 * Reads one knowledge-base article (build only): front matter checked by the
 * schema and against its guide, callouts checked in the MDX tree. Every
 * problem is collected, as `file: field: expected …, received …`.
 */
import matter from 'gray-matter';
import type {Root} from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {describeValue, type ContentProblem} from '../kb/errors';
import {parseKbId} from '../kb/ids';
import {articleFrontMatterSchema} from '../kb/schema';
import type {ArticleRecord, Guide} from '../kb/types';
import {readCallouts} from './callouts';
import {codeInContent} from './codeInContent';
import {templateText} from './templateText';
import {zodProblems} from './zodProblems';

const parser = unified().use(remarkParse).use(remarkMdx);

export interface ReadResult {
  readonly article?: ArticleRecord;
  readonly problems: readonly ContentProblem[];
  /** The template's TODOs left in it: problems too, unless the reader allows them (`npm start`). */
  readonly templateText: readonly ContentProblem[];
}

export interface ReadOptions {
  /** Leave the template's TODOs out of `problems` (they are still listed in `templateText`): `npm start`. */
  readonly allowTemplateText?: boolean;
}

/** The URL path of a guide's articles: /articles for AMZ, /<id> by default. */
function guideBasePath(guide: Guide): string {
  return `/${guide.routeBasePath}`;
}

function countFrontMatterLines(source: string): number {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  return m ? m[0].split('\n').length - 1 : 0;
}

/**
 * Largest article source: an article is a page a reader reads, and its text ships in its page's chunk, so a
 * runaway file (a pasted log) would make a chunk as large as itself. Far above any real article.
 */
export const maxArticleBytes = 200 * 1024;

/** Parses one article of `guide`; returns its record (when usable) and its problems. */
export function readArticle(file: string, source: string, guide: Guide, options: ReadOptions = {}): ReadResult {
  const problems: ContentProblem[] = [];
  const todos: ContentProblem[] = [];
  const problem = (field: string, expected: string, received: unknown) =>
    problems.push({file, field, expected, received: describeValue(received)});
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > maxArticleBytes) {
    problem('size', `at most ${maxArticleBytes / 1024} KB of source (split it into articles)`, `${Math.ceil(bytes / 1024)} KB`);
    return {problems, templateText: todos};
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // gray-matter caches by content; a copy of the options object turns that off, so edits in watch mode are seen.
    parsed = matter(source, {});
  } catch (e) {
    problem('front matter', 'valid YAML', (e as Error).message.split('\n')[0]);
    return {problems, templateText: todos};
  }
  const fm = articleFrontMatterSchema.safeParse(parsed.data);
  if (!fm.success) problems.push(...zodProblems(file, fm.error, parsed.data));
  // The guide's own rules, checked on the raw values so they are reported with the schema's problems.
  const raw = parsed.data as Record<string, unknown>;
  const kbId = parseKbId(String(raw.kb_id ?? ''));
  if (kbId && kbId.prefix !== guide.prefix)
    problem('kb_id', `an ID of guide "${guide.id}", like ${guide.prefix}-001`, raw.kb_id);
  const ids = (list: Guide['categories']) => list.map((c) => c.id).join(', ');
  if (typeof raw.category === 'string' && !guide.categories.some((c) => c.id === raw.category))
    problem('category', `one of ${ids(guide.categories)} (guide "${guide.id}")`, raw.category);
  if (Array.isArray(raw.audience))
    raw.audience.forEach((a: unknown, i) => {
      if (!guide.audiences.some((x) => x.id === a))
        problem(`audience.${i}`, `one of ${ids(guide.audiences)} (guide "${guide.id}")`, a);
    });

  let tree: Root;
  try {
    tree = parser.parse(parsed.content);
  } catch (e) {
    problem('body', 'valid MDX', (e as Error).message);
    return {problems, templateText: todos};
  }
  const lineOffset = countFrontMatterLines(source);
  // Before the callouts are read: reading them turns each UiPath into its text.
  const code = codeInContent(tree, lineOffset);
  for (const t of templateText(parsed.data, tree, lineOffset))
    todos.push({file, field: t.field, expected: t.expected, received: describeValue(t.received)});
  if (!options.allowTemplateText) problems.push(...todos);
  const {body, problems: bodyProblems} = readCallouts(tree, lineOffset);
  for (const p of [...code, ...bodyProblems]) problem(p.field, p.expected, p.received);

  if (fm.success)
    for (const s of fm.data.symptoms)
      if (s.cause && !body.causes.some((c) => c.id === s.cause))
        problem('symptoms', `a cause id of this article (${body.causes.map((c) => c.id).join(', ')})`, s.cause);
  if (!fm.success || problems.length) return {problems, templateText: todos};
  const base = guideBasePath(guide);
  return {
    problems,
    templateText: todos,
    article: {
      ...fm.data,
      ...body,
      file,
      guide: guide.id,
      permalink: `${base}${fm.data.slug}`,
      redirectFrom: fm.data.redirectFrom.map((s) => `${base}${s}`),
    },
  };
}
