/** The article a query finds now: the built index, ranked as the browser ranks it (like scripts/eval-search.ts). */
import fs from 'node:fs';
import path from 'node:path';
import {openIndex} from '../../src/search/engine';
import {builtIndex} from '../eval/ours';

export interface Closest {
  readonly kbId: string;
  readonly title: string;
}

/** A lookup: query → the best article now, or null when the search still finds nothing. */
export async function closestArticles(buildDir: string): Promise<(query: string) => Promise<Closest | null>> {
  const dir = builtIndex(buildDir);
  const engine = await openIndex(async (file) => JSON.parse(await fs.promises.readFile(path.join(dir, file), 'utf8')));
  return async (query) => {
    // Masked parts ([email], [number]) name nothing in an article: leave them out of the query.
    const [hit] = await engine.search(query.replace(/\[(email|number|url)\]/g, ' '), {limit: 1});
    return hit ? {kbId: hit.kbId, title: hit.title} : null;
  };
}
