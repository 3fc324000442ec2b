import fs from 'node:fs';
import path from 'node:path';
import {searchIndexDir} from '../src/search/build/writeSearchIndex';

/**
 * The search index folder of a build (<build>/assets/search-index/<hash>/): the newest, should an old one be
 * left there. The same lookup as scripts/eval-search.ts; main now has it as builtIndex in scripts/eval/ours.ts,
 * which scripts/feedback/closest.ts should import after the merge (then delete this file).
 */
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
