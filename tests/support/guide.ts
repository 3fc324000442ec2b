/**
 * Reads the troubleshooting guide (the articles' one source of facts) and
 * splits it into its eight problems and their sentences, so tests can check
 * that every sentence is on its article's page.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const candidates = [
  path.resolve(root, '../shared/seeds/000_427806c1d50e79e1.txt'),
  path.join(root, 'tests/fixtures/guide.txt'),
];

export interface GuideProblem {
  readonly number: number;
  readonly kbId: string;
  readonly sentences: readonly string[];
}

export function readGuide(): {summary: string[]; problems: GuideProblem[]} {
  const file = candidates.find((f) => fs.existsSync(f))!;
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const problems: GuideProblem[] = [];
  const summary: string[] = [];
  for (const line of lines) {
    const head = /^Issue (\d+): (.*)$/.exec(line);
    if (head) {
      problems.push({number: Number(head[1]), kbId: `AMZ-${head[1].padStart(3, '0')}`, sentences: [head[2]]});
      continue;
    }
    const text = line.replace(/^(The Issue|Potential Causes|Resolution Steps|Summary \(TL;DR\)|Note):\s*/, '');
    if (!text) continue;
    const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    if (problems.length === 0) summary.push(...sentences);
    else (problems[problems.length - 1].sentences as string[]).push(...sentences);
  }
  return {summary, problems};
}

const filler = new Set(
  'a an and are as at be by e.g. either for from has have if in into is it its of on or the their them they this to was when will with you your'.split(
    ' ',
  ),
);

/** The words of a sentence that carry its meaning, folded to lower case. */
export function contentWords(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^a-z0-9.'-]+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, '').replace(/'s$/, ''))
    .filter((w) => w.length > 1 && !filler.has(w));
}

/** Words of a page's text, same folding, for containment checks. */
export function pageWords(text: string): Set<string> {
  return new Set(contentWords(text.replace(/›/g, '>')));
}
