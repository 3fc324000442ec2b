import fs from 'node:fs';
import path from 'node:path';
import {KbContentError} from '../kb/errors';
import type {ArticleRecord} from '../kb/types';
import {readArticle} from './articles';
import type {KnowledgeBase} from './content';

interface Loaded {
  readonly article: ArticleRecord;
  /** The file's modification time when the kb plugin read it. */
  readonly mtimeMs: number;
}

/**
 * The knowledge base as the kb plugin loaded it, for the few build steps
 * Docusaurus runs outside the plugin: the MDX compiler (src/remark/articleData.ts).
 * It runs after every plugin's loadContent, so it reads the one load instead
 * of reading the articles again.
 */
let current: {kb: KnowledgeBase; byFile: Map<string, Loaded>; guideDirs: {id: string; dir: string}[]} | undefined;

/** The file's real path, so a symlinked KB_DOCS_DIR (or /tmp on macOS) finds the same key as the bundler's. */
const key = (file: string) => {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

const mtimeOf = (file: string) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** `docsDir`: the folder holding each guide's folder (docs/), where every MDX page is an article. */
export function setLoadedKnowledgeBase(kb: KnowledgeBase, siteDir: string, docsDir?: string): void {
  const byFile = new Map<string, Loaded>();
  for (const article of kb.articles) {
    const file = key(path.resolve(siteDir, article.file));
    byFile.set(file, {article, mtimeMs: mtimeOf(file)});
  }
  const guideDirs = docsDir ? kb.guides.map((g) => ({id: g.id, dir: key(path.join(docsDir, g.id)) + path.sep})) : [];
  current = {kb, byFile, guideDirs};
}

/**
 * The guide whose folder holds an MDX page, if any: every such page is an article, so one the load lacks is a
 * build error, not a page rendered without its KB ID (a partial, `_name.mdx`, is not a page).
 */
export function guideFolderOf(file: string): string | undefined {
  if (path.basename(file).startsWith('_')) return undefined;
  const k = key(file);
  return current?.guideDirs.find((g) => k.startsWith(g.dir))?.id;
}

/** The loaded knowledge base; throws when asked before the kb plugin loaded it. */
export function loadedKnowledgeBase(): KnowledgeBase {
  if (!current) throw new Error('The knowledge base is not loaded yet: the kb plugin (src/plugins/kb) loads it in loadContent.');
  return current.kb;
}

/** The loaded knowledge base, or undefined before the kb plugin loaded it (a unit test compiling MDX alone). */
export function loadedKnowledgeBaseIfAny(): KnowledgeBase | undefined {
  return current?.kb;
}

/**
 * The article record of an MDX file, by absolute path; undefined for pages
 * that are not articles. Under `npm start` the bundler may compile an edited
 * article before the kb plugin has reloaded: a file changed since the load is
 * read again (checked as the plugin checks it), so the page never shows its
 * old data. A build changes no file, so it only reads the load.
 */
export function loadedArticle(file: string): ArticleRecord | undefined {
  if (!current) return undefined;
  const k = key(file);
  const loaded = current.byFile.get(k);
  const mtimeMs = loaded ? mtimeOf(k) : 0;
  if (!loaded || mtimeMs === loaded.mtimeMs) return loaded?.article;
  const guide = current.kb.guides.find((g) => g.id === loaded.article.guide);
  if (!guide) return loaded.article;
  // Only `npm start` edits files under a loaded knowledge base: template text shows there, with a warning.
  const {article, problems} = readArticle(loaded.article.file, fs.readFileSync(k, 'utf8'), guide, {
    allowTemplateText: true,
  });
  if (!article || problems.length) throw new KbContentError(problems);
  current.byFile.set(k, {article, mtimeMs});
  return article;
}
