/**
 * Writes a knowledge base of `count` articles for tests and benchmarks:
 * `<out>/guides.json` with the real guides of docs/guides.json plus invented
 * ones, and `<out>/<guide id>/*.mdx`: the real articles, copied unchanged,
 * plus generated ones spread evenly over the guides. Same seed, same files:
 * runs compare like with like. `npm run kb:generate` is its command line.
 */
import {synonymsFileName} from '../../src/build/synonyms';
import {troubleshooterFileName} from '../../src/build/troubleshooters';
import {namedFileName} from '../../src/build/named';
import {loadRegistry} from '../../src/build/content';
import fs from 'node:fs';
import path from 'node:path';
import {formatKbId} from '../../src/kb/ids';
import {makeArticle, prng} from './article';
import {inventGuides, inventedVendor, readRealGuides, realDocsDir, spread, type GuideEntry} from './guides';

export interface GenerateOptions {
  /** Articles in all, real ones included. */
  readonly count: number;
  /** Folder to write; replaced when it holds an earlier generated knowledge base. */
  readonly out: string;
  readonly seed?: number;
  /** Guides in all, real ones included; default about 1,000 articles per guide, at least 3. */
  readonly guides?: number;
  /** Where the real guides are read from (tests point it at fixtures). */
  readonly docsDir?: string;
}

export interface GeneratedKnowledgeBase {
  readonly articles: number;
  readonly guides: readonly {readonly id: string; readonly prefix: string; readonly articles: number}[];
}

/** Left in every folder the generator writes: it only ever deletes a folder that has one. */
export const markerFile = '.kb-generated';
const minGuides = 3;

export const defaultGuideCount = (count: number): number => Math.max(minGuides, Math.round(count / 1000));

/** Empties `out`, refusing to delete a folder it did not write (a typo must not wipe docs/). */
function clearOutput(out: string): void {
  if (fs.existsSync(out) && fs.readdirSync(out).length && !fs.existsSync(path.join(out, markerFile)))
    throw new Error(
      `--out ${out}: expected a new or empty folder, or one written by kb:generate (with ${markerFile}), received a folder with other files`,
    );
  fs.rmSync(out, {recursive: true, force: true});
  fs.mkdirSync(out, {recursive: true});
}

export function generateKnowledgeBase({
  count,
  out,
  seed = 42,
  guides: guideCount = defaultGuideCount(count),
  docsDir = realDocsDir,
}: GenerateOptions): GeneratedKnowledgeBase {
  const real = readRealGuides(docsDir);
  const realArticles = real.reduce((n, g) => n + g.files.length, 0);
  if (!Number.isInteger(guideCount) || guideCount < Math.max(minGuides, real.length + 1))
    throw new Error(
      `--guides: expected a whole number ≥ ${Math.max(minGuides, real.length + 1)} (the ${real.length} real guide(s) and invented ones), received ${guideCount}`,
    );
  const minCount = realArticles + guideCount - real.length;
  if (!Number.isInteger(count) || count < minCount)
    throw new Error(
      `--count: expected a whole number ≥ ${minCount} (the ${realArticles} real articles and one per invented guide), received ${count}`,
    );
  if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, received ${seed}`);

  const invented = inventGuides(
    guideCount - real.length,
    real.map((g) => g.entry),
  );
  const entries: GuideEntry[] = [...real.map((g) => g.entry), ...invented];
  const counts = spread(
    count,
    real.map((g) => g.files.length),
    entries.length,
  );

  clearOutput(out);
  fs.writeFileSync(path.join(out, markerFile), `${JSON.stringify({count, seed, guides: entries.length})}\n`);
  // The real help center around the real and invented guides: several guides, so the site speaks as it.
  const {helpCenter} = loadRegistry(docsDir, path.resolve(__dirname, '../..'));
  fs.writeFileSync(path.join(out, 'guides.json'), `${JSON.stringify({helpCenter, guides: entries}, null, 2)}\n`);
  const rand = prng(seed);
  const written: string[] = real.flatMap((g) => g.kbIds);
  const summary = entries.map((guide, i) => {
    const dir = path.join(out, guide.id);
    fs.mkdirSync(dir, {recursive: true});
    const realGuide = real[i];
    for (const f of realGuide?.files ?? []) fs.copyFileSync(f, path.join(dir, path.basename(f)));
    // The real guide's data (its synonyms, its troubleshooter) comes with its articles.
    for (const name of realGuide ? [synonymsFileName, troubleshooterFileName, namedFileName] : []) {
      const file = path.join(path.dirname(realGuide!.files[0]), name);
      if (fs.existsSync(file)) fs.copyFileSync(file, path.join(dir, name));
    }
    const used = realGuide?.usedNumbers ?? new Set<number>();
    const vendor = realGuide ? undefined : inventedVendor(guide);
    // Generated articles take the numbers the real ones leave: AMZ-009 on, and AMZ-1000 after AMZ-999.
    for (let n = 1, made = 0; made < counts[i] - (realGuide?.files.length ?? 0); n++) {
      if (used.has(n)) continue;
      const kbId = formatKbId(guide.prefix, n);
      const article = makeArticle(rand, {guide, kbId, index: made, relatedPool: written, vendor});
      fs.writeFileSync(path.join(dir, article.file), article.text);
      written.push(kbId);
      made++;
    }
    return {id: guide.id, prefix: guide.prefix, articles: counts[i]};
  });
  return {articles: count, guides: summary};
}
