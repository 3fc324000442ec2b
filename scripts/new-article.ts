/**
 * npm run new:article -- "Title" [--category ordering] [--dir docs]
 * Writes the next AMZ-0NN article from the template: every required front
 * matter field and the three callouts, ready to build. Refuses a title or
 * slug that already exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadArticles} from '../src/kb/articles';
import {categoryIds, type CategoryId} from '../src/kb/categories';
import {docsDir} from '../src/kb/paths';
import {articleTemplate, slugify} from '../src/kb/template';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const dir = path.resolve(root, option('dir') ?? docsDir);
const category = (option('category') ?? 'ordering') as CategoryId;
const title = args.join(' ').trim();

function fail(message: string): never {
  console.error(`new:article: ${message}`);
  process.exit(1);
}

if (!title) fail('expected a title, e.g. npm run new:article -- "Order stuck in Pending approval"; received nothing');
if (!categoryIds.includes(category))
  fail(`--category: expected one of ${categoryIds.join(', ')}; received "${category}"`);
const articles = loadArticles(dir, root);
const same = articles.find((a) => a.title.toLowerCase() === title.toLowerCase());
if (same) fail(`an article titled "${same.title}" exists already: ${same.kbId} (${same.file})`);
const slug = slugify(title);
const sameSlug = articles.find((a) => a.slug === `/${slug}`);
if (sameSlug) fail(`the slug /${slug} is taken by ${sameSlug.kbId} (${sameSlug.file}); choose another title`);

const next = Math.max(0, ...articles.map((a) => Number(a.kbId.slice(4)))) + 1;
const kbId = `AMZ-${String(next).padStart(3, '0')}`;
const file = path.join(dir, `${kbId.toLowerCase()}-${slug}.mdx`);
fs.writeFileSync(file, articleTemplate({kbId, title, slug, category, today: new Date().toISOString().slice(0, 10)}));
console.log(`Wrote ${path.relative(process.cwd(), file)} (${kbId}). Fill in the TODOs, then npm start to see it.`);
