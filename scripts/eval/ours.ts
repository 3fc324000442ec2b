/**
 * Our search as users get it: the index of the last build
 * (build/assets/search-index/<hash>/, or BUILD_DIR) read from disk through
 * the ranking the browser runs (src/search/engine.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import {openIndex} from '../../src/search/engine';
import {searchIndexDir} from '../../src/search/build/writeSearchIndex';
import type {Searcher} from './metrics';

/**
 * A limit far above the number of articles, so the hits are the whole
 * ranked list /search can show; the count is the engine's total, the "N
 * results" the reader is told.
 */
const allResults = 100;

/** The index folder of a build: the newest, should an old one be left there. */
export function builtIndex(buildDir: string): string {
  const parent = path.join(buildDir, searchIndexDir);
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

export async function oursSearcher(indexDir: string): Promise<Searcher> {
  const engine = await openIndex(async (file) =>
    JSON.parse(await fs.promises.readFile(path.join(indexDir, file), 'utf8')),
  );
  return {
    name: 'ours',
    async search(q) {
      // Engines before issue 14 report no total: then the hits under the high limit are all there is.
      if (typeof engine.searchWithTotal !== 'function') {
        const hits = await engine.search(q, {limit: allResults});
        return {ranked: hits.map((h) => h.kbId), count: hits.length};
      }
      const {hits, total, state} = await engine.searchWithTotal(q, {limit: allResults});
      const firstAnchor = hits.length ? (hits[0].href.split('#')[1] ?? '') : undefined;
      return {
        ranked: hits.map((h) => h.kbId),
        count: total,
        state,
        ...(firstAnchor === undefined ? {} : {firstAnchor}),
      };
    },
    close: async () => undefined,
  };
}
