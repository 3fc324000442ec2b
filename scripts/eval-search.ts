/**
 * npm run eval:search — runs every query of the shared query set through the
 * search index of the last build (build/assets/search-index/<hash>/, or
 * BUILD_DIR) and the ranking the browser uses (src/search/engine.ts, reading
 * the same files from disk); prints top-1, top-3, MRR and every miss.
 * Exits non-zero when top-1 falls below the floor (1.00 by default).
 */
import fs from 'node:fs';
import path from 'node:path';
import {openIndex} from '../src/search/engine';
import {searchIndexDir} from '../src/search/build/writeSearchIndex';

interface QuerySet {
  queries: {q: string; expect: string[]}[];
}

const root = path.resolve(__dirname, '..');
const candidates = [
  process.env.SEARCH_QUERIES,
  path.resolve(root, '../shared/search-queries.json'),
  path.join(root, 'tests/fixtures/search-queries.json'),
].filter(Boolean) as string[];
const queriesFile = candidates.find((f) => fs.existsSync(f));
if (!queriesFile) throw new Error(`No query set: looked for ${candidates.join(', ')}`);

/** The index folder of the build: the newest, should an old one be left there. */
function builtIndex(): string {
  const parent = path.join(path.resolve(root, process.env.BUILD_DIR ?? 'build'), searchIndexDir);
  const dirs = fs.existsSync(parent)
    ? fs
        .readdirSync(parent, {withFileTypes: true})
        .filter((e) => e.isDirectory())
        .map((e) => path.join(parent, e.name))
    : [];
  if (!dirs.length)
    throw new Error(`No search index in ${parent}: expected <hash>/manifest.json, run npm run build first.`);
  return dirs.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

async function main(): Promise<void> {
  const dir = builtIndex();
  const {queries} = JSON.parse(fs.readFileSync(queriesFile!, 'utf8')) as QuerySet;
  const engine = await openIndex(async (file) => JSON.parse(await fs.promises.readFile(path.join(dir, file), 'utf8')));
  const floor = Number(process.env.TOP1_FLOOR ?? '1');

  let top1 = 0;
  let top3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const {q, expect} of queries) {
    const ids = (await engine.search(q, {limit: 10})).map((h) => h.kbId);
    const rank = ids.findIndex((id) => expect.includes(id));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0)
      misses.push(`  "${q}": expected ${expect.join('|')}, got ${ids.slice(0, 3).join(', ') || 'nothing'}`);
  }
  const n = queries.length;
  console.log(`Search evaluation: ${n} queries from ${path.relative(process.cwd(), queriesFile!)}`);
  console.log(`  index ${path.relative(process.cwd(), dir)}`);
  console.log(`  top-1 ${(top1 / n).toFixed(2)}  top-3 ${(top3 / n).toFixed(2)}  MRR ${(rr / n).toFixed(3)}`);
  console.log(misses.length ? `Misses:\n${misses.join('\n')}` : 'Misses: none');
  if (top1 / n < floor) {
    console.error(`top-1 ${(top1 / n).toFixed(2)} is below the floor ${floor.toFixed(2)}`);
    process.exit(1);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
