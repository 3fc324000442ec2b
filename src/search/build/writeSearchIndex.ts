/**
 * Writes the search index as static files (build only): a manifest, term
 * shards, vocabulary parts and one record per article, in a folder named by
 * the hash of its content, so a server may cache them for ever
 * (src/search/indexFormat.ts describes each file).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type {ArticleRecord} from '../../kb/types';
import {
  impactScale,
  indexFormatVersion,
  manifestFile,
  recordFile,
  shardFile,
  vocabFile,
  type GuideRange,
  type IndexManifest,
  type Postings,
} from '../indexFormat';
import {namedTokens, toRecord} from './fields';
import {namePattern, type NamedGroup} from '../named';
import {computePostings, splitPostings} from './impacts';
import {newFirstLetter, splitSorted} from './shards';

/** Folder of the index folders, relative to the site's output (and base URL). */
export const searchIndexDir = 'assets/search-index';

/** How the index is cut; the defaults keep a first search of 5,000 articles well under 100 KB gzip. */
export interface IndexTuning {
  /** Impacts a term keeps exactly; its other docs share their mean (see splitPostings). */
  readonly maxPostings: number;
  /** Raw JSON bytes a term shard fills up to (gzip makes about a third of it). */
  readonly shardBudget: number;
  /** Raw JSON bytes a vocabulary part fills up to before the next first letter starts a new part. */
  readonly vocabBudget: number;
}

export const defaultTuning: IndexTuning = {
  maxPostings: 1000,
  shardBudget: 12_000,
  vocabBudget: 6_000,
};

export interface SearchIndexFiles {
  /** `assets/search-index/<hash>/`: where the files go, relative to the output folder and to the base URL. */
  readonly urlPath: string;
  /** Path inside the index folder → JSON text. */
  readonly files: ReadonlyMap<string, string>;
}

/** A guide's synonyms as the index holds them: folded word or phrase → the folded words it also means. */
export type SynonymTable = Readonly<Record<string, readonly string[]>>;

/** Numbers the articles guide by guide (first appearance order), keeping their order within a guide. */
function byGuide(
  articles: readonly ArticleRecord[],
  synonyms: ReadonlyMap<string, SynonymTable>,
  named: ReadonlyMap<string, NamedGroup>,
): {docs: ArticleRecord[]; guides: GuideRange[]} {
  const order = [...new Set(articles.map((a) => a.guide))];
  const docs = order.flatMap((g) => articles.filter((a) => a.guide === g));
  let from = 0;
  const guides = order.map((id): GuideRange => {
    const own = docs.filter((a) => a.guide === id);
    const table = synonyms.get(id);
    const group = named.get(id);
    const answering = group ? own.findIndex((a) => a.kbId === group.article) : -1;
    const range = {
      id,
      from,
      to: from + own.length,
      prefix: own[0].kbId.replace(/-\d+$/, ''),
      ...(table && Object.keys(table).length ? {synonyms: table} : {}),
      ...(group && answering >= 0 ? {named: {...group, doc: from + answering}} : {}),
    };
    from += own.length;
    return range;
  });
  return {docs, guides};
}

const gaps = (docs: readonly number[]) => docs.map((d, i) => (i ? d - docs[i - 1] : d));
const scaled = (impact: number) => Math.max(1, Math.round(impact * impactScale));

/** Builds every file of the index in memory; the same articles always give the same files and hash. */
export function buildSearchIndexFiles(
  articles: readonly ArticleRecord[],
  tuning: Partial<IndexTuning> = {},
  synonyms: ReadonlyMap<string, SynonymTable> = new Map(),
  named: ReadonlyMap<string, NamedGroup> = new Map(),
): SearchIndexFiles {
  const {maxPostings, shardBudget, vocabBudget} = {...defaultTuning, ...tuning};
  const {docs, guides} = byGuide(articles, synonyms, named);
  const records = docs.map((a) => toRecord(a, named.get(a.guide)));
  const groups = guides.flatMap((g) => (g.named ? [g.named] : []));
  const terms = [
    ...computePostings(records, {
      tokens: new Map(groups.map((g) => [g.doc, namedTokens(g)])),
      patterns: groups.flatMap((g) => (g.pattern ? [namePattern(g.pattern)] : [])),
    }),
  ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const encoded = terms.map(([term, p]): [string, Postings] => {
    const {head, tail} = splitPostings(p, maxPostings);
    const row = [gaps(head.docs), head.impacts.map(scaled)] as const;
    return [term, tail ? [...row, gaps(tail.docs), scaled(tail.impact)] : row];
  });
  const shards = splitSorted(
    encoded,
    ([term]) => term,
    ([term, p]) => term.length + 8 + JSON.stringify(p).length,
    shardBudget,
  );
  const vocab = splitSorted(
    terms.map(([term]) => term).filter((t) => !/\d/.test(t)),
    (t) => t,
    (t) => t.length + 3,
    vocabBudget,
    newFirstLetter,
  );
  const manifest: IndexManifest = {
    version: indexFormatVersion,
    docs: records.length,
    guides,
    shards: shards.keys,
    vocab: vocab.keys,
  };
  const files = new Map<string, string>([[manifestFile, JSON.stringify(manifest)]]);
  shards.parts.forEach((part, i) => files.set(shardFile(i), JSON.stringify(Object.fromEntries(part))));
  vocab.parts.forEach((part, i) => files.set(vocabFile(i), JSON.stringify(part)));
  records.forEach((r, i) => files.set(recordFile(i), JSON.stringify(r)));
  const hash = crypto.createHash('sha256');
  for (const [name, text] of files) hash.update(`${name}\0${text}\0`);
  return {urlPath: `${searchIndexDir}/${hash.digest('hex').slice(0, 12)}/`, files};
}

/** Writes built index files under `outDir`; returns where they are, relative to it. */
export function writeSearchIndexFiles(index: SearchIndexFiles, outDir: string): {urlPath: string} {
  for (const [name, text] of index.files) {
    const file = path.join(outDir, index.urlPath, name);
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, text);
  }
  return {urlPath: index.urlPath};
}

/** Builds and writes the index of `articles` under `outDir/assets/search-index/<hash>/`. */
export function writeSearchIndex(
  articles: readonly ArticleRecord[],
  outDir: string,
  tuning?: Partial<IndexTuning>,
  synonyms?: ReadonlyMap<string, SynonymTable>,
  named?: ReadonlyMap<string, NamedGroup>,
): {urlPath: string} {
  return writeSearchIndexFiles(buildSearchIndexFiles(articles, tuning, synonyms, named), outDir);
}
