/**
 * What a first search downloads from the split search index, without a
 * site build: generates a knowledge base (scripts/kb-generator), reads it as
 * the build does, writes the index to a temporary folder, and runs a few
 * queries through the engine with a loader that counts every file it
 * fetches (gzip -9 bytes, as served compressed). The engine's own code is
 * bundled and minified with esbuild to count it too (the site's chunk is
 * made by the site's bundler: the figure is an estimate).
 *
 *   tsx scripts/bench/search-index.ts [--count 5000] [--queries "order cancelled|Amazon.fr"]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {buildSync} from 'esbuild';
import {loadKnowledgeBase} from '../../src/build/content';
import {buildSearchIndexFiles, writeSearchIndexFiles} from '../../src/search/build/writeSearchIndex';
import {openIndex} from '../../src/search/engine';
import {generateKnowledgeBase} from '../kb-generator';
import {kB, ms, root, table} from './lib';
import {readArgs} from '../cli';

const {values: args} = readArgs('[--count N] [--queries "a|b|c"]', {
  count: {type: 'string'},
  queries: {type: 'string'},
});
const count = Number(args.count ?? 5000);
const queries = (args.queries ?? 'order cancelled|payment method declined|Amazon.fr|Ordr Canceled|pendng').split('|');
const gzip = (text: string | Uint8Array) => zlib.gzipSync(text, {level: 9}).length;

function engineCodeGzip(): number {
  const out = buildSync({
    entryPoints: [path.join(root, 'src/search/engine.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2020',
  });
  return gzip(out.outputFiles[0].contents);
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-search-index-'));
  try {
    const docs = path.join(work, 'docs');
    let t = performance.now();
    generateKnowledgeBase({count, out: docs});
    const {articles, synonyms, named} = loadKnowledgeBase(docs, work);
    console.error(`${articles.length} articles generated and read in ${ms(performance.now() - t)}`);
    t = performance.now();
    const index = buildSearchIndexFiles(articles, undefined, synonyms, named);
    const buildMs = performance.now() - t;
    const {urlPath} = writeSearchIndexFiles(index, work);
    const dir = path.join(work, urlPath);
    const sizes = [...index.files.values()];
    const code = engineCodeGzip();
    console.log(
      `\n${articles.length} articles: index built in ${ms(buildMs)}, ${index.files.size} files, ` +
        `${kB(sizes.reduce((s, x) => s + x.length, 0))} raw; engine code ${kB(code)} gzip (esbuild, minified)\n`,
    );
    const rows: string[][] = [];
    for (const q of queries) {
      const fetched: string[] = [];
      const read = async (file: string) => {
        fetched.push(file);
        return JSON.parse(await fs.promises.readFile(path.join(dir, file), 'utf8')) as unknown;
      };
      const started = performance.now();
      const engine = await openIndex(read);
      const hits = await engine.search(q, {limit: 6});
      const first = performance.now() - started;
      const again = performance.now();
      // Five, not six: the engine remembers the question it was just asked; the five best need no file not loaded.
      await engine.search(q, {limit: 5});
      const warm = performance.now() - again;
      const bytes = fetched.reduce((s, f) => s + gzip(index.files.get(f)!), 0);
      const kinds = (prefix: string) => fetched.filter((f) => f.startsWith(prefix)).length;
      rows.push([
        `"${q}"`,
        hits[0] ? `${hits[0].kbId} ${hits[0].href}` : 'no hit',
        `${kinds('t/')} / ${kinds('v/')} / ${kinds('d/')}`,
        kB(bytes),
        kB(bytes + code),
        ms(first),
        ms(warm),
      ]);
    }
    console.log(
      table(
        ['query', 'first hit', 'shards / vocab / records', 'index gzip', 'with engine code', 'first search', 'again'],
        rows,
      ),
    );
    console.log(
      '\nfirst search = open the index (manifest) and run the query, files read from disk; again = the query asked anew (five hits, a question the engine has not answered yet) with every file it needs already loaded (the keystroke path).',
    );
  } finally {
    fs.rmSync(work, {recursive: true, force: true});
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
