/**
 * One generated article: front matter and callouts that pass the loader's
 * checks (src/kb/schema.ts, src/build/articles.ts) for its guide: the
 * guide's prefix, one of its categories, some of its audiences, related IDs
 * that exist, causes and steps that point at each other.
 */
import type {GuideEntry} from './guides';
import * as w from './vocabulary';

/** mulberry32: a tiny seeded PRNG, good enough to vary text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ArticleInput {
  readonly guide: GuideEntry;
  readonly kbId: string;
  /** Position in its guide: the first articles take each category once, so no category is empty. */
  readonly index: number;
  /** KB IDs already written (any guide): related IDs are picked from these, so each exists. */
  readonly relatedPool: readonly string[];
  /** Replaces "Amazon" in the words, for invented guides; undefined keeps them. */
  readonly vendor?: string;
}

export interface GeneratedArticle {
  /** File name inside the guide's folder. */
  readonly file: string;
  readonly text: string;
}

export function makeArticle(
  rand: () => number,
  {guide, kbId, index, relatedPool, vendor}: ArticleInput,
): GeneratedArticle {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const some = <T>(xs: readonly T[], n: number): T[] => [...new Set(Array.from({length: n}, () => pick(xs)))];
  const cap = (t: string) => t[0].toUpperCase() + t.slice(1);
  const product = () => `${cap(pick(w.syllables) + pick(w.syllables))} ${pick(w.productKinds)}`;
  const orderNo = () =>
    `${between(111, 114)}-${String(between(0, 9999999)).padStart(7, '0')}-${String(between(0, 9999999)).padStart(7, '0')}`;

  const obj = pick(w.objects);
  const problem = pick(w.problems);
  const title = rand() < 0.5 ? `${cap(obj)} ${problem}` : `${cap(obj)} ${problem} when ${pick(w.activities)}`;
  // Ends with the KB ID, so slugs are unique in the guide and across guides.
  const slug = `/${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 6)
    .join('-')}-${kbId.toLowerCase()}`;

  const causes = Array.from({length: between(1, 4)}, (_, i) => {
    const predicate = pick(w.causePredicates);
    const words = predicate
      .split(' ')
      .filter((x) => x.length > 3)
      .slice(0, 3)
      .join('-')
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '');
    return {id: `cause-${words}-${i + 1}`, title: `${pick(w.causeSubjects)} ${predicate}`, obj: pick(w.objects)};
  });
  const steps = Array.from({length: between(Math.max(2, causes.length), 6)}, (_, i) => {
    const cause = causes[i % causes.length];
    const action = pick(w.actions).replace('{o}', cause.obj);
    const text =
      rand() < 0.6
        ? `Navigate to <UiPath path="${pick(w.menus)}" /> and ${action}.`
        : `${cap(action)}. If the ${pick(w.objects)} still ${pick(w.problems)}, quote order ${orderNo()} to support.`;
    return {id: `step-${i + 1}`, fixes: cause.id, text};
  });
  const status = rand() < 0.4 ? some(w.statusTexts, between(1, 2)) : [];
  if (rand() < 0.2) status.push(`Error ${between(1000, 9999)}: ${pick(w.statusTexts)}`);
  const symptoms: (string | {text: string; cause: string})[] = [
    `The ${obj} ${problem}`,
    `${cap(pick(w.objects))} ${pick(w.problems)} after ${pick(w.activities)}`,
    {text: `${product()} order ${pick(w.problems)}`, cause: pick(causes).id},
  ];
  const keywords = [
    ...some(w.objects, between(2, 4)),
    product(),
    ...(rand() < 0.5 ? [`PO-${between(10000, 99999)}`] : []),
  ];
  const related = relatedPool.length ? some(relatedPool, between(0, 2)).filter((r) => r !== kbId) : [];
  const reviewed = new Date(Date.UTC(2025, 0, 1) + between(0, 700) * 86_400_000).toISOString().slice(0, 10);
  const description = `A ${pick(w.reporters)} reports that the ${obj} ${problem} when ${pick(w.activities)}.`;
  const category = index < guide.categories.length ? guide.categories[index] : pick(guide.categories);
  const audience = some(
    guide.audiences.map((a) => a.id),
    between(1, 3),
  );

  const q = (v: string) => JSON.stringify(v); // YAML accepts JSON strings: quotes, colons and all
  const frontMatter = [
    '---',
    `kb_id: ${kbId}`,
    `title: ${q(title)}`,
    `description: ${q(description)}`,
    `slug: ${slug}`,
    `category: ${category.id}`,
    'symptoms:',
    ...symptoms.map((x) => (typeof x === 'string' ? `  - ${q(x)}` : `  - text: ${q(x.text)}\n    cause: ${x.cause}`)),
    `status_texts: [${status.map(q).join(', ')}]`,
    `keywords: [${keywords.map(q).join(', ')}]`,
    `audience: [${audience.join(', ')}]`,
    `related: [${related.join(', ')}]`,
    `last_reviewed: ${reviewed}`,
    '---',
  ];
  const body = [
    `<Issue>\n${cap(description)} The problem started after ${pick(w.activities)}.\n</Issue>`,
    ...causes.map(
      (c) => `<Cause id="${c.id}" title="${c.title}">\n${c.title}, so the ${c.obj} ${pick(w.problems)}.\n</Cause>`,
    ),
    `<Resolution>\n${steps.map((st) => `<Step id="${st.id}" fixes="${st.fixes}">\n${st.text}\n</Step>`).join('\n')}\n</Resolution>`,
  ];
  let text = `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`;
  if (vendor) text = text.replace(/Amazon( Business)?/g, vendor);
  return {file: `${kbId.toLowerCase()}-${slug.slice(1, -kbId.length - 1)}.mdx`, text};
}
