import path from 'node:path';
import {loadKnowledgeBase} from '../../src/build/content';
import {builtSiteDir, sitemapPaths} from './browser';

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
const generatedSample = 1;

/**
 * The pages a check of every page visits (hydration, layout, accessibility,
 * controls without JavaScript): the whole sitemap of the published site. On
 * a generated knowledge base (KB_DOCS_DIR, npm run test:multi) the sweeps
 * have already run on every page of the published one, and its invented
 * articles share one template: every page that is not an article (each
 * guide's index, symptoms and troubleshooter) and the first article of each
 * guide, which is what several guides and split routes change.
 */
export function pagesToCheck(buildDir = builtSiteDir): string[] {
  const all = sitemapPaths(buildDir);
  if (!process.env.KB_DOCS_DIR) return all;
  const sampled = new Set(
    kb.guides.flatMap((g) =>
      kb.articles
        .filter((a) => a.guide === g.id)
        .slice(0, generatedSample)
        .map((a) => a.permalink),
    ),
  );
  const articles = new Set(kb.articles.map((a) => a.permalink));
  return all.filter((p) => !articles.has(p) || sampled.has(p));
}
