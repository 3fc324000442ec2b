import path from 'node:path';
import {loadKnowledgeBase} from '../../src/build/content';

const root = path.resolve(__dirname, '../..');

/**
 * The knowledge base the build under test was made from: docs/, or the
 * generated one of `npm run test:multi` (KB_DOCS_DIR). Tests compare pages
 * with it instead of with counts written by hand.
 */
export const kb = loadKnowledgeBase(path.resolve(root, process.env.KB_DOCS_DIR ?? 'docs'), root);

/** The published guide's articles (AMZ), the ones every build holds unchanged. */
export const amzArticles = kb.articles.filter((a) => a.guide === 'amz');
