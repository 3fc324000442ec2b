/**
 * The blind ticket set of issue 26 (tests/fixtures/search-tickets.json): queries written from the guide
 * alone, before tuning, by someone who saw neither the articles nor our other sets. Split by a fixed rule,
 * every other query: the even positions are the tuning half (the engine may be tuned on them), the odd ones
 * the check half (nobody looks at them while tuning). `npm run eval:search` reports both and the gap.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {SearchOutcome, Searcher} from './metrics';

export const ticketSetFile = 'tests/fixtures/search-tickets.json';
/** A second blind set, written the same way by another helper: all of it is for tuning. */
export const tuningSetFile = 'tests/fixtures/search-tickets-tuning.json';

/** The kinds of the blind set, in table order; "uncovered" are messages no article answers (expect []). */
export const ticketKinds = [
  'message',
  'note',
  'status',
  'unseen-words',
  'non-native',
  'two-symptoms',
  'uncovered',
] as const;
export type TicketKind = (typeof ticketKinds)[number];

export interface TicketQuery {
  readonly q: string;
  readonly kind: TicketKind;
  /** KB IDs that count as a right first answer; empty when no article covers the message. */
  readonly expect: readonly string[];
  /** The cause anchor the text points to, when it points to one. */
  readonly cause?: string;
}

export type Half = 'tuning' | 'check';
/** The fixed rule: position 0, 2, 4… tune; 1, 3, 5… check. */
export const halfOf = (index: number): Half => (index % 2 === 0 ? 'tuning' : 'check');

/** Reads and checks the set: every problem at once, `file: queries[i].field: expected …, received …`. */
export function loadTickets(root: string, knownIds: ReadonlySet<string>, setFile = ticketSetFile): TicketQuery[] {
  const file = path.join(root, setFile);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {queries?: unknown};
  if (!Array.isArray(data.queries))
    throw new Error(`${setFile}: queries: expected an array, received ${JSON.stringify(data.queries ?? null)}`);
  const problems: string[] = [];
  const queries = data.queries.map((raw: Partial<TicketQuery>, i): TicketQuery => {
    const at = `${setFile}: queries[${i}]`;
    if (typeof raw.q !== 'string' || !raw.q.trim())
      problems.push(`${at}.q: expected text, received ${JSON.stringify(raw.q)}`);
    if (!(ticketKinds as readonly unknown[]).includes(raw.kind))
      problems.push(`${at}.kind: expected one of ${ticketKinds.join(', ')}, received ${JSON.stringify(raw.kind)}`);
    const expect = Array.isArray(raw.expect) ? raw.expect : [];
    if (!Array.isArray(raw.expect) || expect.some((id) => !knownIds.has(id)))
      problems.push(`${at}.expect: expected published KB IDs or [], received ${JSON.stringify(raw.expect)}`);
    if ((raw.kind === 'uncovered') !== (expect.length === 0))
      problems.push(`${at}.expect: expected [] exactly for kind "uncovered", received ${JSON.stringify(raw.expect)}`);
    return {q: String(raw.q), kind: raw.kind as TicketKind, expect, ...(raw.cause ? {cause: raw.cause} : {})};
  });
  if (problems.length) throw new Error(`${problems.length} problem(s) in the ticket set:\n${problems.join('\n')}`);
  return queries;
}

export interface TicketResult {
  readonly query: TicketQuery;
  readonly half: Half;
  readonly outcome: SearchOutcome;
  /** 0-based rank of the first expected article; -1 when none was returned. */
  readonly rank: number;
  /** The search gave an answer it stands by (ours: state "answer"; a peer: any result). */
  readonly confident: boolean;
}

export async function runTickets(
  searcher: Searcher,
  queries: readonly TicketQuery[],
  /** Where each query goes: by the fixed rule, or all to one half (the second set is all tuning). */
  half: (index: number) => Half = halfOf,
): Promise<TicketResult[]> {
  const results: TicketResult[] = [];
  for (const [i, query] of queries.entries()) {
    const outcome = await searcher.search(query.q);
    results.push({
      query,
      half: half(i),
      outcome,
      rank: outcome.ranked.findIndex((id) => query.expect.includes(id)),
      confident: outcome.state ? outcome.state === 'answer' : outcome.ranked.length > 0,
    });
  }
  return results;
}

export interface TicketFigures {
  readonly kind: TicketKind | 'overall';
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly mrr: number;
  readonly meanResults: number;
  /** Of the queries naming a cause, the share whose first result is the right article at that cause. */
  readonly causeTop1?: number;
  readonly causeN: number;
  /** Covered: told there is nothing confident. Uncovered: given a confident answer. */
  readonly wrongState: number;
}

const share = <T>(list: readonly T[], f: (x: T) => boolean) => (list.length ? list.filter(f).length / list.length : 0);
const mean = <T>(list: readonly T[], f: (x: T) => number) =>
  list.length ? list.reduce((t, x) => t + f(x), 0) / list.length : 0;

function figures(kind: TicketFigures['kind'], results: readonly TicketResult[]): TicketFigures {
  const covered = results.filter((r) => r.query.expect.length > 0);
  const withCause = covered.filter((r) => r.query.cause && r.outcome.firstAnchor !== undefined);
  const judged = kind === 'uncovered' ? results : covered;
  return {
    kind,
    n: judged.length,
    top1: share(covered, (r) => r.rank === 0),
    top3: share(covered, (r) => r.rank >= 0 && r.rank < 3),
    mrr: mean(covered, (r) => (r.rank >= 0 ? 1 / (r.rank + 1) : 0)),
    meanResults: mean(judged, (r) => r.outcome.count),
    causeN: withCause.length,
    ...(withCause.length
      ? {causeTop1: share(withCause, (r) => r.rank === 0 && r.outcome.firstAnchor === r.query.cause)}
      : {}),
    wrongState: kind === 'uncovered' ? share(results, (r) => r.confident) : share(covered, (r) => !r.confident),
  };
}

/** Rows per kind present, then "overall" (covered queries only; the uncovered row stands apart). */
export function summarizeTickets(results: readonly TicketResult[]): TicketFigures[] {
  const rows = ticketKinds
    .map((kind) =>
      figures(
        kind,
        results.filter((r) => r.query.kind === kind),
      ),
    )
    .filter((r) => r.n > 0);
  return [
    ...rows,
    figures(
      'overall',
      results.filter((r) => r.query.kind !== 'uncovered'),
    ),
  ];
}
