import path from 'node:path';
import {loadKnowledgeBase} from '../../src/build/content';
import {sitemapPaths} from './browser';

const root = path.resolve(__dirname, '../..');

/**
 * The knowledge base the build under test was made from: docs/, or the
 * generated one of `npm run test:multi` (KB_DOCS_DIR). Tests compare pages
 * with it instead of with counts written by hand.
 */
export const kb = loadKnowledgeBase(path.resolve(root, process.env.KB_DOCS_DIR ?? 'docs'), root);

/** The published guide's articles (AMZ), the ones every build holds unchanged. */
export const amzArticles = kb.articles.filter((a) => a.guide === 'amz');

/** Articles of each guide a page-by-page check visits on a generated knowledge base. */
const generatedSample = 3;

/**
 * The pages a check of every page visits (layout, accessibility, controls
 * without JavaScript): the whole sitemap of the published site. On a
 * generated knowledge base (KB_DOCS_DIR, npm run test:multi), whose invented
 * articles share one template, every page that is not an article, the real
 * guide's articles, and the first few articles of each generated guide.
 */
export function pagesToCheck(): string[] {
  const all = sitemapPaths();
  if (!process.env.KB_DOCS_DIR) return all;
  const sampled = new Set([
    ...amzArticles.map((a) => a.permalink),
    ...kb.guides.flatMap((g) =>
      kb.articles
        .filter((a) => a.guide === g.id)
        .slice(0, generatedSample)
        .map((a) => a.permalink),
    ),
  ]);
  const articles = new Set(kb.articles.map((a) => a.permalink));
  return all.filter((p) => !articles.has(p) || sampled.has(p));
}
