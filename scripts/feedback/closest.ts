/** The article a query finds now: the built index, ranked as the browser ranks it (like scripts/eval-search.ts). */
import fs from 'node:fs';
import path from 'node:path';
import {openIndex} from '../../src/search/engine';
import {analyzeQuery} from '../../src/search/query';
import {builtIndex} from '../eval/ours';
import {indexVocabulary, type KnownWord} from './candidates';

export interface Closest {
  readonly kbId: string;
  readonly title: string;
  /**
   * When the whole query still finds nothing: the one word of it that finds this article, the
   * nearest the search comes. The owners read it as "what the reader may have meant".
   */
  readonly word?: string;
}

export type ClosestLookup = (query: string) => Promise<Closest | null>;

/**
 * A lookup: query → the best article now, or null when the search still finds nothing, even word by
 * word. Without a build, the lookup finds nothing and the report says why (`unavailable`).
 */
export async function closestArticles(
  buildDir: string,
): Promise<{lookup: ClosestLookup; known?: KnownWord; unavailable?: string}> {
  let dir: string;
  try {
    dir = builtIndex(buildDir);
  } catch (error) {
    return {lookup: async () => null, unavailable: (error as Error).message};
  }
  const engine = await openIndex(async (file) => JSON.parse(await fs.promises.readFile(path.join(dir, file), 'utf8')));
  const lookup: ClosestLookup = async (query) => {
    // Masked parts ([email], [number]) name nothing in an article: leave them out of the query.
    const text = query.replace(/\[(email|number|url)\]/g, ' ');
    const [hit] = await engine.search(text, {limit: 1});
    if (hit) return {kbId: hit.kbId, title: hit.title};
    // Word by word: the best-scoring article any single word finds.
    const words = [...new Set(analyzeQuery(text).words.map((w) => w.forms[w.forms.length - 1]))];
    let best: (Closest & {score: number}) | null = null;
    for (const word of words) {
      const [h] = await engine.search(word, {limit: 1});
      if (h && (!best || h.score > best.score)) best = {kbId: h.kbId, title: h.title, word, score: h.score};
    }
    return best && {kbId: best.kbId, title: best.title, word: best.word};
  };
  return {lookup, known: indexVocabulary(dir)};
}
