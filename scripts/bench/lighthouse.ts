/**
 * One Lighthouse run (the CLI of the lighthouse devDependency, mobile default
 * config) against Debian's Chromium. The CLI runs in its own process, so
 * each run starts a new Chromium with a fresh temporary profile
 * (chrome-launcher makes one per launch and deletes it after).
 */
import fs from 'node:fs';
import path from 'node:path';
import {benchDir, chromiumFlags, chromiumPath, root, run} from './lib';

export const lighthouseVersion = (
  JSON.parse(fs.readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as {version: string}
).version;

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof lighthouseCategories)[number];

export interface LighthouseFigures {
  readonly scores: Record<Category, number>;
  readonly tbt: number;
  readonly lcp: number;
  /** Audits below a full score in the non-performance categories: what keeps a score under 1.00. */
  readonly failing: string[];
}

interface Lhr {
  categories: Record<Category, {score: number; auditRefs: {id: string; weight: number}[]}>;
  audits: Record<string, {score: number | null; numericValue?: number; title: string}>;
}

export async function runLighthouse(url: string, label: string): Promise<LighthouseFigures> {
  const out = path.join(benchDir, 'lighthouse', `${label}.json`);
  fs.mkdirSync(path.dirname(out), {recursive: true});
  await run(
    process.execPath,
    [
      path.join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${lighthouseCategories.join(',')}`,
      `--chrome-flags=${chromiumFlags.join(' ')}`,
    ],
    {cwd: root, env: {...process.env, CHROME_PATH: chromiumPath}},
  );
  const lhr = JSON.parse(fs.readFileSync(out, 'utf8')) as Lhr;
  const failing = lighthouseCategories
    .filter((c) => c !== 'performance')
    .flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score! < 1)
        .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id].title})`),
    );
  return {
    scores: Object.fromEntries(lighthouseCategories.map((c) => [c, lhr.categories[c].score])) as Record<
      Category,
      number
    >,
    tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
    lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
    failing,
  };
}
