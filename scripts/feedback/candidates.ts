/**
 * Candidate synonyms: the words of failed or unopened searches that no article contains and no synonym
 * names yet, with how often readers used them, so their vocabulary reaches the content
 * (docs-guide/authoring.mdx, "Words readers use").
 */
import fs from 'node:fs';
import path from 'node:path';
import {manifestFile, type IndexManifest} from '../../src/search/indexFormat';
import {messageWords} from '../../src/search/message';
import {stemTerm, termForms, tokenize} from '../../src/search/text';
import type {FailedSearch} from './summarize';

export interface SynonymCandidate {
  readonly word: string;
  /** Searches that used it, failed or left unopened. */
  readonly times: number;
}

/** Whether the built index knows a word: an article holds it, or a guide's synonyms name it. */
export type KnownWord = (word: string) => boolean;

/** The vocabulary of a built index folder (its vocabulary parts and the guides' synonyms). */
export function indexVocabulary(indexDir: string): KnownWord {
  const manifest = JSON.parse(fs.readFileSync(path.join(indexDir, manifestFile), 'utf8')) as IndexManifest;
  const terms = new Set<string>();
  // Only the parts themselves: the build writes .gz and .br copies beside them for nginx.
  const parts = fs.readdirSync(path.join(indexDir, 'v')).filter((name) => name.endsWith('.json'));
  for (const name of parts)
    for (const t of JSON.parse(fs.readFileSync(path.join(indexDir, 'v', name), 'utf8')) as string[]) terms.add(t);
  const named = new Set(manifest.guides.flatMap((g) => Object.keys(g.synonyms ?? {})));
  return (word) => named.has(word) || termForms(word).some((t) => terms.has(t));
}

/** Most used first; at most `max`. */
export function synonymCandidates(searches: readonly FailedSearch[], known: KnownWord, max = 20): SynonymCandidate[] {
  const counts = new Map<string, number>();
  for (const s of searches) {
    // Masked parts ([email], [number]) are the log's, not the reader's words.
    const words = new Set(tokenize(s.query.replace(/\[(email|number|url)\]/g, ' ')));
    for (const w of words)
      if (w.length >= 3 && !/\d/.test(w) && stemTerm(w) !== null && !messageWords.has(w) && !known(w))
        counts.set(w, (counts.get(w) ?? 0) + s.times);
  }
  return [...counts]
    .map(([word, times]) => ({word, times}))
    .sort((a, b) => b.times - a.times || a.word.localeCompare(b.word))
    .slice(0, max);
}
