/**
 * npm run urls:publish — adds every current public URL (from the articles,
 * not the build) to tests/published-urls.txt. Entries are never removed: a
 * URL once handed out must keep resolving (tests/e2e/published-urls.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadKnowledgeBase} from '../src/build/content';
import {currentPublicUrls, readRegistry} from '../src/build/publishedUrls';

const root = path.resolve(__dirname, '..');
const file = path.join(root, 'tests/published-urls.txt');
const existing = fs.existsSync(file) ? readRegistry(file) : [];
const {articles, guides} = loadKnowledgeBase(path.join(root, 'docs'), root);
const current = currentPublicUrls(articles, guides);
const added = current.filter((u) => !existing.includes(u));
const header =
  '# Every public URL ever published. Never remove a line: add a redirect instead (npm run urls:publish adds new ones).\n';
fs.writeFileSync(file, header + [...existing, ...added].join('\n') + '\n');
console.log(
  `${added.length} URL(s) added, ${existing.length + added.length} registered in ${path.relative(process.cwd(), file)}`,
);
