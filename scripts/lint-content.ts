/**
 * npm run lint:content — the content gate: the guide registry, the front
 * matter schema and callout checks (as the build runs them), then the checks
 * across articles. Every problem printed as `file: field: expected …, received …`.
 */
import path from 'node:path';
import {loadKnowledgeBase} from '../src/build/content';
import {lintArticles} from '../src/build/contentLint';
import {docsDir} from '../src/build/paths';
import {formatProblem, KbContentError} from '../src/kb/errors';

const root = path.resolve(__dirname, '..');
try {
  const {guides, articles} = loadKnowledgeBase(path.resolve(root, docsDir), root);
  const problems = lintArticles(guides, articles);
  if (problems.length) {
    console.error(
      `Content lint: ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`Content lint: ${guides.length} guide(s), ${articles.length} articles, no problem.`);
} catch (e) {
  if (e instanceof KbContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
