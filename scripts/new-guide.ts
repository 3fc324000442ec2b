/**
 * npm run new:guide -- --prefix EXM --title "Example integration" [--id exm] [--dir docs]
 * Declares a new guide in <dir>/guides.json, with one category and one
 * audience to rename, and makes its article folder. Then
 * `npm run new:article -- --guide EXM "Title"` writes EXM-001, which builds
 * into the guide's own sidebar, symptom section, search filter and short
 * links with no other edit. Refuses an id, prefix or path already in use.
 */
import fs from 'node:fs';
import path from 'node:path';
import {loadGuides} from '../src/build/content';
import {docsDir, guidesFile} from '../src/build/paths';
import {zodProblems} from '../src/build/zodProblems';
import {guideSchema} from '../src/kb/guideSchema';
import {troubleshooterFileName} from '../src/build/troubleshooters';
import {troubleshooterScaffold, withEntry} from './new-guide/registry';
import {readArgs} from './cli';

const root = path.resolve(__dirname, '..');
const {values: option} = readArgs('--prefix EXM --title "Title" [--id exm] [--dir DIR]', {
  prefix: {type: 'string'},
  title: {type: 'string'},
  id: {type: 'string'},
  dir: {type: 'string'},
});
function fail(message: string): never {
  console.error(`new:guide: ${message}`);
  process.exit(1);
}

const dir = path.resolve(root, option.dir ?? docsDir);
const prefix = option.prefix ?? '';
const title = option.title?.trim() ?? '';
const id = option.id ?? prefix.toLowerCase();
// The new entry is checked by the registry's own schema, each problem named by its option.
const entry = {
  id,
  title,
  prefix,
  description: `TODO: what the ${title} guide covers, in one sentence.`,
  categories: [{id: 'general', label: 'General'}],
  audiences: [{id: 'requester', label: 'Requesters'}],
};
const checked = guideSchema.safeParse(entry);
if (!checked.success)
  fail(
    zodProblems('', checked.error, entry)
      .map((p) => `--${p.field}: expected ${p.expected}, received ${p.received}`)
      .join('\n'),
  );

const guides = loadGuides(dir, root);
const clash = guides.find((g) => g.id === id || g.prefix === prefix || g.routeBasePath === id);
if (clash) fail(`guide "${clash.id}" (${clash.prefix}) already uses the id, prefix or path of "${id}" (${prefix})`);

const file = guidesFile(dir);
const before = fs.readFileSync(file, 'utf8');
fs.writeFileSync(file, withEntry(before, entry));
fs.mkdirSync(path.join(dir, id), {recursive: true});
// Its troubleshooter, as data with the template's TODOs (a build refuses them until written), leading to its
// first article, which `new:article` writes next.
const tree = path.join(dir, id, troubleshooterFileName);
fs.writeFileSync(tree, `${JSON.stringify(troubleshooterScaffold(id, prefix), null, 2)}\n`);
console.log(
  `Declared guide "${id}" (${prefix}) in ${path.relative(process.cwd(), file)}; its articles go in ${path.relative(process.cwd(), path.join(dir, id))}/, ` +
    `its troubleshooter is ${path.relative(process.cwd(), tree)}.\n` +
    `Next: npm run new:article -- --guide ${prefix} "Title"`,
);
