/**
 * The guides of a generated knowledge base: the real ones of docs/guides.json
 * (with their articles, copied unchanged: the troubleshooter links to their
 * anchors) and invented "Example integration" guides for tests and
 * benchmarks, each with its own prefix, categories and audiences so that
 * per-guide checks are exercised. Invented guides never reach the published
 * site: only `npm run kb:generate` writes them, outside docs/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as z from 'zod';
import {loadKnowledgeBase} from '../../src/build/content';
import {guidesFile} from '../../src/build/paths';
import {parseKbId} from '../../src/kb/ids';
import type {guideSchema} from '../../src/kb/guideSchema';

export interface Choice {
  readonly id: string;
  readonly label: string;
}

/** A guide as written to guides.json: the input the registry schema checks. */
export type GuideEntry = z.input<typeof guideSchema>;

export interface RealGuide {
  readonly entry: GuideEntry;
  /** Absolute paths of its article files. */
  readonly files: readonly string[];
  /** The numbers its articles' KB IDs use (3 for AMZ-003): generated articles take the others. */
  readonly usedNumbers: ReadonlySet<number>;
  readonly kbIds: readonly string[];
}

/** The repository's knowledge base: the real guides the generator always includes. */
export const realDocsDir = path.resolve(__dirname, '../../docs');

/** Reads docs/guides.json and each guide's articles with the site's own loader (every check included). */
export function readRealGuides(docsDir = realDocsDir): RealGuide[] {
  const root = path.resolve(__dirname, '../..');
  const {guides, articles} = loadKnowledgeBase(docsDir, root);
  const raw = (JSON.parse(fs.readFileSync(guidesFile(docsDir), 'utf8')) as {guides: GuideEntry[]}).guides;
  return guides.map((g) => {
    const own = articles.filter((a) => a.guide === g.id);
    return {
      entry: raw.find((r) => r.id === g.id)!,
      files: own.map((a) => path.resolve(root, a.file)),
      usedNumbers: new Set(own.map((a) => parseKbId(a.kbId)!.number)),
      kbIds: own.map((a) => a.kbId),
    };
  });
}

const categoryPool: readonly Choice[] = [
  {id: 'sign-in', label: 'Sign-in and access'},
  {id: 'catalog', label: 'Catalog and search'},
  {id: 'checkout', label: 'Checkout'},
  {id: 'approvals', label: 'Approvals'},
  {id: 'invoicing', label: 'Invoicing'},
  {id: 'order-sync', label: 'Order sync'},
  {id: 'receiving', label: 'Shipping and receiving'},
  {id: 'setup', label: 'Integration setup'},
];
const audiencePool: readonly Choice[] = [
  {id: 'requester', label: 'Requesters'},
  {id: 'buyer', label: 'Buyers'},
  {id: 'approver', label: 'Approvers'},
  {id: 'finance', label: 'Finance team'},
  {id: 'administrator', label: 'Administrators'},
];

/** A, B, …, Z, AA, AB, …: the letter(s) of the n-th invented guide (0-based). */
function letters(n: number): string {
  return n < 26 ? String.fromCharCode(65 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
}

/** Invented guides: prefixes EXA, EXB, … (skipping any a real guide uses), rotating categories and audiences. */
export function inventGuides(count: number, taken: readonly GuideEntry[]): GuideEntry[] {
  const usedPrefixes = new Set(taken.map((g) => g.prefix));
  const usedIds = new Set(taken.map((g) => g.id));
  const guides: GuideEntry[] = [];
  for (let n = 0; guides.length < count; n++) {
    const letter = letters(n);
    const prefix = `EX${letter}`;
    if (prefix.length > 5) throw new Error(`Too many guides: ran out of prefixes after ${guides.length}`);
    if (usedPrefixes.has(prefix) || usedIds.has(prefix.toLowerCase())) continue;
    const i = guides.length;
    const rotate = (pool: readonly Choice[], k: number) =>
      Array.from({length: k}, (_, j) => pool[(i + j) % pool.length]);
    guides.push({
      id: prefix.toLowerCase(),
      title: `Example integration ${letter}`,
      prefix,
      description: `Invented articles for tests and benchmarks (npm run kb:generate); never published.`,
      // 4–6 categories and 2–4 audiences, different from guide to guide.
      categories: rotate(categoryPool, 4 + (i % 3)),
      audiences: rotate(audiencePool, 2 + (i % 3)),
    });
  }
  return guides;
}

/** The vendor an invented guide's articles name where the real guide's say Amazon. */
export const inventedVendor = (guide: GuideEntry): string => `Example Vendor ${guide.prefix.slice(2)}`;

/**
 * How many articles each guide holds when `total` are spread evenly over
 * `guides`: each gets total / guides, a real guide never fewer than its real
 * articles, and every invented guide at least one.
 */
export function spread(total: number, realCounts: readonly number[], guides: number): number[] {
  const shares = Array.from({length: guides}, (_, i) => Math.floor(total / guides) + (i < total % guides ? 1 : 0));
  const counts = shares.map((share, i) => (i < realCounts.length ? Math.max(share, realCounts[i]) : share));
  // Real guides above their share take articles from the invented ones, largest first.
  let excess = counts.reduce((a, b) => a + b, 0) - total;
  while (excess > 0) {
    let largest = -1;
    for (let i = realCounts.length; i < guides; i++) if (largest < 0 || counts[i] > counts[largest]) largest = i;
    if (largest < 0 || counts[largest] <= 1)
      throw new Error(`Cannot spread ${total} articles over ${guides} guides with ${realCounts.join(' + ')} real ones`);
    counts[largest]--;
    excess--;
  }
  return counts;
}
