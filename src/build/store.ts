import fs from 'node:fs';
import path from 'node:path';
import type {ArticleRecord} from '../kb/types';
import type {KnowledgeBase} from './content';

/**
 * The knowledge base as the kb plugin loaded it, for the few build steps
 * Docusaurus runs outside the plugin: the MDX compiler (src/remark/articleData.ts)
 * and the client-redirects plugin. They run after every plugin's loadContent,
 * so they read the one load instead of reading the articles again.
 */
let current: {kb: KnowledgeBase; byFile: Map<string, ArticleRecord>} | undefined;

/** The file's real path, so a symlinked KB_DOCS_DIR (or /tmp on macOS) finds the same key as the bundler's. */
const key = (file: string) => {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
};

export function setLoadedKnowledgeBase(kb: KnowledgeBase, siteDir: string): void {
  current = {kb, byFile: new Map(kb.articles.map((a) => [key(path.resolve(siteDir, a.file)), a]))};
}

/** The loaded knowledge base; throws when asked before the kb plugin loaded it. */
export function loadedKnowledgeBase(): KnowledgeBase {
  if (!current) throw new Error('The knowledge base is not loaded yet: the kb plugin (src/plugins/kb) loads it in loadContent.');
  return current.kb;
}

/** The article record of an MDX file, by absolute path; undefined for pages that are not articles. */
export function loadedArticle(file: string): ArticleRecord | undefined {
  return current?.byFile.get(key(file));
}
