/**
 * npm run lint:content — the content gate: the front matter schema and
 * callout checks (as the build runs them), then the checks across articles.
 * Every problem printed as `file: field: expected …, received …`.
 */
import path from 'node:path';
import {loadArticles} from '../src/kb/articles';
import {lintArticles} from '../src/kb/contentLint';
import {formatProblem, KbContentError} from '../src/kb/errors';
import {docsDir} from '../src/kb/paths';

const root = path.resolve(__dirname, '..');
try {
  const articles = loadArticles(path.resolve(root, docsDir), root);
  const problems = lintArticles(articles);
  if (problems.length) {
    console.error(
      `Content lint: ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`Content lint: ${articles.length} articles, no problem.`);
} catch (e) {
  if (e instanceof KbContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
