/**
 * Loads the knowledge base (build only): the guide registry and every
 * guide's articles, checked one by one and across each other. Every problem
 * in every file is collected before anything fails. The kb plugin calls it
 * once per build; everything else takes the plugin's result.
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import {describeValue, KbContentError, type ContentProblem} from '../kb/errors';
import {guidesFileSchema, type HelpCenter} from '../kb/guideSchema';
import {compareKbIds} from '../kb/ids';
import type {ArticleRecord, Guide} from '../kb/types';
import {readArticle, type ReadOptions} from './articles';
import {redirectProblems} from './redirectPages';
import {guidesFile} from './paths';
import {zodProblems} from './zodProblems';
import {readSynonyms, synonymsFileName} from './synonyms';
import {namedFileName, readNamed} from './named';
import type {NamedGroup} from '../search/named';
import {readTroubleshooter, troubleshooterFileName} from './troubleshooters';
import type {TroubleshooterDefinition} from '../kb/troubleshooter/types';
import {fields, fieldText, toRecord} from '../search/build/fields';
import type {SynonymTable} from '../search/build/writeSearchIndex';
import {stemTerm, tokenize} from '../search/text';

export interface KnowledgeBase {
  readonly guides: readonly Guide[];
  /** Every article of every guide, by guide (registry order), then KB ID. */
  readonly articles: readonly ArticleRecord[];
  /** Each guide's synonyms (docs/<guide>/synonyms.json), as the search index carries them; none when absent. */
  readonly synonyms: ReadonlyMap<string, SynonymTable>;
  /** Each guide's named things that has them (docs/<guide>/named.json): names that lead search to an article. */
  readonly named: ReadonlyMap<string, NamedGroup>;
  /** Each guide's troubleshooter that has one (docs/<guide>/troubleshooter.json), schema-checked. */
  readonly troubleshooters: readonly TroubleshooterDefinition[];
  /** The template's TODOs still in articles: problems, unless allowed (`npm start` shows them with a warning). */
  readonly templateText: readonly ContentProblem[];
}

/** The stems of every word the search index holds of `articles`: what a synonym may lead to. */
function vocabularyOf(articles: readonly ArticleRecord[]): Set<string> {
  const stems = new Set<string>();
  for (const r of articles.map((a) => toRecord(a)))
    for (const f of fields)
      for (const t of tokenize(fieldText(r, f))) {
        const s = stemTerm(t);
        if (s !== null) stems.add(s);
      }
  return stems;
}

const rel = (cwd: string, file: string) => path.relative(cwd, file) || file;

/** Reads and checks `<dir>/guides.json`; throws every problem at once. */
/** The registry, `<dir>/guides.json`: the help center and its guides, checked (see loadGuides). */
export function loadRegistry(dir: string, cwd = process.cwd()): {helpCenter: HelpCenter; guides: Guide[]} {
  const file = guidesFile(dir);
  const name = rel(cwd, file);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KbContentError([
      {file: name, field: 'guides', expected: 'a JSON file declaring the guides', received: (e as Error).message},
    ]);
  }
  const parsed = guidesFileSchema.safeParse(json);
  if (!parsed.success) throw new KbContentError(zodProblems(name, parsed.error, json));
  const guides = parsed.data.guides.map((g) => ({...g, routeBasePath: g.routeBasePath ?? g.id}));
  const problems: ContentProblem[] = [];
  for (const key of ['id', 'prefix', 'routeBasePath'] as const) {
    const seen = new Set<string>();
    guides.forEach((g, i) => {
      if (seen.has(g[key]))
        problems.push({file: name, field: `guides.${i}.${key}`, expected: `a ${key} no other guide has`, received: describeValue(g[key])});
      seen.add(g[key]);
    });
  }
  if (problems.length) throw new KbContentError(problems);
  return {helpCenter: parsed.data.helpCenter, guides};
}

export function loadGuides(dir: string, cwd = process.cwd()): Guide[] {
  return loadRegistry(dir, cwd).guides;
}

/** What the site calls itself: the help center's words, or its only guide's while that guide is alone and says how. */
export function siteVoice(helpCenter: HelpCenter, published: readonly Guide[]): Omit<HelpCenter, 'title'> {
  const alone = published.length === 1 ? published[0].alone : undefined;
  return alone ?? {heading: helpCenter.heading, tagline: helpCenter.tagline, intro: helpCenter.intro};
}

function articleFiles(dir: string): string[] {
  return globSync('**/[!_]*.{md,mdx}', {cwd: dir, dot: true})
    .sort()
    .map((f) => path.join(dir, f));
}

/** Checks that hold across articles: unique IDs and slugs, related IDs that exist. */
export function checkCollection(articles: readonly ArticleRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // The first article to claim an ID or a path keeps it; each later one is a problem.
  const claim = (field: 'kb_id' | 'slug', key: (a: ArticleRecord) => string, what: string) => {
    const owners = new Map<string, ArticleRecord>();
    for (const a of articles) {
      const owner = owners.get(key(a));
      if (!owner) owners.set(key(a), a);
      else
        problems.push({
          file: a.file,
          field,
          expected: `${what} no other article has (${owner.file} has it)`,
          received: describeValue(field === 'kb_id' ? a.kbId : a.slug),
        });
    }
    return owners;
  };
  const byId = claim('kb_id', (a) => a.kbId, 'an ID');
  claim('slug', (a) => a.permalink, 'a slug');
  // A former slug that is an article's page or another article's redirect (short links clash through kb_id, above);
  // the build checks it again against every page of the site when it writes the redirect pages.
  problems.push(
    ...redirectProblems(
      articles,
      articles.map((a) => a.permalink),
    ).filter((p) => p.field === 'redirect_from'),
  );
  for (const a of articles)
    for (const related of a.related)
      if (!byId.has(related))
        problems.push({
          file: a.file,
          field: 'related',
          expected: `IDs of existing articles (${byId.size > 12 ? `${byId.size} articles` : [...byId.keys()].join(', ')})`,
          received: describeValue(related),
        });
  return problems;
}

/**
 * Reads the guides and their articles under `dir`; throws all problems at once.
 * `guides` skips reading the registry again when the caller has it (the config).
 */
export function loadKnowledgeBase(
  dir: string,
  cwd = process.cwd(),
  guides: readonly Guide[] = loadGuides(dir, cwd),
  options: ReadOptions = {},
): KnowledgeBase {
  const problems: ContentProblem[] = [];
  const templateText: ContentProblem[] = [];
  const troubleshooters: TroubleshooterDefinition[] = [];
  const named = new Map<string, NamedGroup>();
  const articles: ArticleRecord[] = [];
  const synonyms = new Map<string, SynonymTable>();
  const guideDirs = new Set(guides.map((g) => path.join(dir, g.id)));
  for (const file of articleFiles(dir))
    if (![...guideDirs].some((d) => file.startsWith(`${d}${path.sep}`)))
      problems.push({
        file: rel(cwd, file),
        field: 'folder',
        expected: `an article inside a guide's folder (${guides.map((g) => `${rel(cwd, dir)}/${g.id}/`).join(', ')})`,
        received: describeValue(rel(cwd, path.dirname(file))),
      });
  for (const guide of guides) {
    const inGuide: ArticleRecord[] = [];
    for (const file of articleFiles(path.join(dir, guide.id))) {
      const {article, problems: p, templateText: t} = readArticle(rel(cwd, file), fs.readFileSync(file, 'utf8'), guide, options);
      problems.push(...p);
      templateText.push(...t);
      if (article) inGuide.push(article);
    }
    articles.push(...inGuide.sort((a, b) => compareKbIds(a.kbId, b.kbId)));
    const guideDir = path.join(dir, guide.id);
    const {table, problems: p} = readSynonyms(
      guideDir,
      rel(cwd, path.join(guideDir, synonymsFileName)),
      vocabularyOf(inGuide),
    );
    problems.push(...p);
    if (Object.keys(table).length) synonyms.set(guide.id, table);
    const names = readNamed(guideDir, rel(cwd, path.join(guideDir, namedFileName)), inGuide);
    problems.push(...names.problems);
    if (names.group) named.set(guide.id, names.group);
    const tree = readTroubleshooter(guideDir, rel(cwd, path.join(guideDir, troubleshooterFileName)), guide.id);
    problems.push(...tree.problems);
    templateText.push(...tree.templateText);
    if (!options.allowTemplateText) problems.push(...tree.templateText);
    if (tree.definition) troubleshooters.push(tree.definition);
  }
  problems.push(...checkCollection(articles));
  if (problems.length) throw new KbContentError(problems);
  return {guides, articles, synonyms, templateText, troubleshooters, named};
}
