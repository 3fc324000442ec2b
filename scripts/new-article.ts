/**
 * npm run new:article -- [--guide AMZ] "Title" [--category ordering] [--dir docs]
 * Writes the guide's next article (AMZ-009, EXM-001, …) from the template:
 * every required front matter field and the three callouts, ready to build.
 * The guide is named by its id or KB ID prefix; it may be left out while the
 * knowledge base has one guide. Refuses a title or slug that already exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadKnowledgeBase} from '../src/build/content';
import {docsDir} from '../src/build/paths';
import {articleTemplate, slugify} from '../src/build/template';
import {formatKbId, parseKbId} from '../src/kb/ids';
import {readArgs} from './cli';

const root = path.resolve(__dirname, '..');
const {values, positionals} = readArgs(
  '"Title" [--guide PREFIX] [--category ID] [--dir DIR]',
  {dir: {type: 'string'}, guide: {type: 'string'}, category: {type: 'string'}},
  {allowPositionals: true},
);
const dir = path.resolve(root, values.dir ?? docsDir);
const guideArg = values.guide;
const categoryArg = values.category;
const title = positionals.join(' ').trim();

function fail(message: string): never {
  console.error(`new:article: ${message}`);
  process.exit(1);
}

if (!title) fail('expected a title, e.g. npm run new:article -- "Order stuck in Pending approval"; received nothing');
// Articles still being written (their TODOs in place) count: the next ID and the titles taken.
const {guides, articles} = loadKnowledgeBase(dir, root, undefined, {allowTemplateText: true});
const names = guides.map((g) => `${g.prefix} (${g.id})`).join(', ');
const guide = guideArg
  ? guides.find((g) => g.prefix === guideArg.toUpperCase() || g.id === guideArg.toLowerCase())
  : guides.length === 1
    ? guides[0]
    : undefined;
if (!guide) fail(`--guide: expected one of ${names}; received ${guideArg ? `"${guideArg}"` : 'nothing'}`);
const category = categoryArg ?? guide.categories[0].id;
if (!guide.categories.some((c) => c.id === category))
  fail(`--category: expected one of ${guide.categories.map((c) => c.id).join(', ')}; received "${category}"`);

const same = articles.find((a) => a.title.toLowerCase() === title.toLowerCase());
if (same) fail(`an article titled "${same.title}" exists already: ${same.kbId} (${same.file})`);
const slug = slugify(title);
const own = articles.filter((a) => a.guide === guide.id);
const sameSlug = own.find((a) => a.slug === `/${slug}`);
if (sameSlug) fail(`the slug /${slug} is taken by ${sameSlug.kbId} (${sameSlug.file}); choose another title`);

const next = Math.max(0, ...own.map((a) => parseKbId(a.kbId)?.number ?? 0)) + 1;
const kbId = formatKbId(guide.prefix, next);
const file = path.join(dir, guide.id, `${kbId.toLowerCase()}-${slug}.mdx`);
fs.mkdirSync(path.dirname(file), {recursive: true});
fs.writeFileSync(
  file,
  articleTemplate({
    kbId,
    title,
    slug,
    category,
    audience: guide.audiences[0].id,
    today: new Date().toISOString().slice(0, 10),
  }),
);
console.log(`Wrote ${path.relative(process.cwd(), file)} (${kbId}). Fill in the TODOs, then npm start to see it.`);
