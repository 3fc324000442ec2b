/**
 * npm run kb:generate -- --count N --out DIR [--seed S] [--guides G]
 *
 * Writes a knowledge base of N articles to DIR for tests and benchmarks: the
 * real guides and articles of docs/ plus invented guides (EXA, EXB, …) and
 * generated articles, at least 3 guides in all (default: about 1,000
 * articles per guide). Build it with `KB_DOCS_DIR=DIR npm run build`.
 * Same seed, same files. A stable interface: benchmarks and tests call it.
 */
import path from 'node:path';
import {readArgs} from './cli';
import {generateKnowledgeBase} from './kb-generator';

const usage = '--count N --out DIR [--seed S] [--guides G]';

function main(): void {
  const {values} = readArgs(usage, {
    count: {type: 'string'},
    out: {type: 'string'},
    seed: {type: 'string'},
    guides: {type: 'string'},
  });
  const {count, out, guides} = values;
  if (!count || !out) throw new Error(`expected ${usage}, received: ${process.argv.slice(2).join(' ') || 'nothing'}`);
  const kb = generateKnowledgeBase({
    count: Number(count),
    out: path.resolve(out),
    seed: Number(values.seed ?? 42),
    guides: guides === undefined ? undefined : Number(guides),
  });
  console.log(
    `Wrote ${kb.articles} articles in ${kb.guides.length} guides to ${out}: ${kb.guides.map((g) => `${g.id} (${g.prefix}) ${g.articles}`).join(', ')}`,
  );
}

try {
  main();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
