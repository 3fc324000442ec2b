/** One problem found in an article: where, which field, what was expected and received. */
export interface ContentProblem {
  readonly file: string;
  readonly field: string;
  readonly expected: string;
  readonly received: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}: ${p.field}: expected ${p.expected}, received ${p.received}`;
}

/** Thrown once with every problem, so an author fixes them all in one pass. */
export class KbContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Knowledge base content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n') +
        '\nSee the authoring guide (docs-guide/authoring.mdx) for the fields and components.',
    );
    this.name = 'KbContentError';
    this.problems = problems;
  }
}

/** Short printable form of any received value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
