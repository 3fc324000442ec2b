/**
 * The query sets of `npm run eval:search`: our committed set
 * (tests/fixtures/search-eval.json, each query tagged with its kind) and the
 * shared 24 queries, read where they live (SEARCH_QUERIES or
 * ../shared/search-queries.json) and never copied, so the two cannot drift.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The kinds of issue 14's evaluation set; the order is the order of the tables. */
export const queryKinds = ['paraphrase', 'ui-text', 'typo', 'sentence', 'place', 'question'] as const;
export type QueryKind = (typeof queryKinds)[number];
/** The shared set is its own kind in every table. */
export type EvalKind = QueryKind | 'shared';
export const evalKinds: readonly EvalKind[] = [...queryKinds, 'shared'];

export interface EvalQuery {
  readonly q: string;
  readonly kind: EvalKind;
  /** KB IDs that count as a right first answer. */
  readonly expect: readonly string[];
}

export interface LoadedSets {
  readonly queries: readonly EvalQuery[];
  /** One line per file read, or not found. */
  readonly sources: readonly string[];
}

export const committedSetFile = 'tests/fixtures/search-eval.json';

/** Every problem of a query file at once: `file: queries[i].field: expected …, received …`. */
function parseSet(file: string, kinded: boolean, knownIds: ReadonlySet<string>): EvalQuery[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: expected JSON {about, queries: [...]}, could not parse it: ${(e as Error).message}`, {
      cause: e,
    });
  }
  const list = (data as {queries?: unknown} | null)?.queries;
  if (!Array.isArray(list))
    throw new Error(`${file}: queries: expected an array of {q, expect}, received ${JSON.stringify(list ?? null)}`);
  const problems: string[] = [];
  const seen = new Set<string>();
  const queries = list.map((raw: {q?: unknown; kind?: unknown; expect?: unknown}, i): EvalQuery => {
    const at = `${file}: queries[${i}]`;
    const q = typeof raw?.q === 'string' ? raw.q : '';
    if (!q.trim()) problems.push(`${at}.q: expected a non-empty string, received ${JSON.stringify(raw?.q ?? null)}`);
    else if (seen.has(q.toLowerCase())) problems.push(`${at}.q: "${q}" appears twice`);
    seen.add(q.toLowerCase());
    const kind = kinded ? raw?.kind : 'shared';
    if (!(queryKinds as readonly unknown[]).includes(kind) && kind !== 'shared')
      problems.push(`${at}.kind: expected one of ${queryKinds.join(', ')}, received ${JSON.stringify(kind ?? null)}`);
    const expect = Array.isArray(raw?.expect) ? (raw.expect as unknown[]) : [];
    const unknown = expect.filter((id) => typeof id !== 'string' || !knownIds.has(id));
    if (!expect.length || unknown.length)
      problems.push(
        `${at}.expect: expected published KB IDs (${[...knownIds].sort().join(', ')}), received ${JSON.stringify(raw?.expect ?? null)}`,
      );
    return {q, kind: kind as EvalKind, expect: expect as string[]};
  });
  if (problems.length) throw new Error(`${problems.length} problem(s) in a query set:\n${problems.join('\n')}`);
  return queries;
}

/** Where the shared set is: SEARCH_QUERIES, else the shared folder beside the repository. */
export const sharedSetFile = (root: string): string =>
  process.env.SEARCH_QUERIES ?? path.resolve(root, '../shared/search-queries.json');

/**
 * Reads our committed set and, when present, the shared one. A missing
 * shared file is said and skipped (a checkout without ../shared still
 * evaluates our set); SEARCH_QUERIES naming a missing file is an error.
 */
export function loadQuerySets(root: string, knownIds: ReadonlySet<string>): LoadedSets {
  const ours = path.join(root, committedSetFile);
  const queries = parseSet(ours, true, knownIds);
  const sources = [`${committedSetFile}: ${queries.length} queries`];
  const shared = sharedSetFile(root);
  if (fs.existsSync(shared)) {
    const sharedQueries = parseSet(shared, false, knownIds);
    sources.push(`${path.relative(root, shared)}: ${sharedQueries.length} queries (kind "shared")`);
    return {queries: [...queries, ...sharedQueries], sources};
  }
  if (process.env.SEARCH_QUERIES)
    throw new Error(`SEARCH_QUERIES: expected a query file, received "${shared}", which does not exist`);
  sources.push(`shared set NOT FOUND at ${shared}: skipped (set SEARCH_QUERIES to its path)`);
  return {queries, sources};
}
