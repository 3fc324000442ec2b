/**
 * What `npm run eval:search` prints: markdown tables (they paste into the
 * README as they are) and the misses grouped by kind.
 */
import {table} from '../bench/lib';
import type {PeerFigures} from './floors';
import type {KindFigures, QueryResult} from './metrics';
import {evalKinds} from './querySets';
import type {TicketFigures, TicketResult} from './tickets';

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const mean = (x: number) => x.toFixed(1);

export function oursTable(rows: readonly KindFigures[]): string {
  return table(
    ['kind', 'queries', 'top-1', 'top-3', 'MRR', 'mean results'],
    rows.map((r) => [
      r.kind === 'overall' ? '**overall**' : r.kind,
      r.n,
      f2(r.top1),
      f2(r.top3),
      f3(r.mrr),
      mean(r.meanResults),
    ]),
  );
}

/** One row per kind; per search its top-1, top-3, MRR and mean results side by side. */
export function peersTable(searches: readonly PeerFigures[]): string {
  const [first] = searches;
  const headers = ['kind', 'queries', ...searches.flatMap((s) => [`${s.name} top-1`, 'top-3', 'MRR', 'results'])];
  const rows = first.rows.map((row) => [
    row.kind === 'overall' ? '**overall**' : row.kind,
    row.n,
    ...searches.flatMap((s) => {
      const r = s.rows.find((x) => x.kind === row.kind);
      return r ? [f2(r.top1), f2(r.top3), f3(r.mrr), mean(r.meanResults)] : ['–', '–', '–', '–'];
    }),
  ]);
  return table(headers, rows);
}

/** Every query whose first result is not an expected article, grouped by kind. */
export function missLines(missed: readonly QueryResult[]): string[] {
  if (!missed.length) return ['Misses: none'];
  const lines = [`Misses (${missed.length}):`];
  for (const kind of evalKinds) {
    const ofKind = missed.filter((m) => m.query.kind === kind);
    if (!ofKind.length) continue;
    lines.push(`  ${kind} (${ofKind.length})`);
    for (const m of ofKind)
      lines.push(
        `    "${m.query.q}": expected ${m.query.expect.join('|')}, got ${m.ranked.slice(0, 3).join(', ') || 'nothing'}` +
          ` (${m.count} result${m.count === 1 ? '' : 's'})`,
      );
  }
  return lines;
}

/** The blind ticket set, one half: per kind top-1, top-3, MRR, results, cause-level top-1 and wrong states. */
export function ticketTable(rows: readonly TicketFigures[]): string {
  return table(
    ['kind', 'queries', 'top-1', 'top-3', 'MRR', 'mean results', 'cause top-1', 'wrong state'],
    rows.map((r) => {
      const uncovered = r.kind === 'uncovered';
      return [
        r.kind === 'overall' ? '**overall**' : r.kind,
        r.n,
        uncovered ? '–' : f2(r.top1),
        uncovered ? '–' : f2(r.top3),
        uncovered ? '–' : f3(r.mrr),
        mean(r.meanResults),
        r.causeTop1 === undefined ? '–' : `${f2(r.causeTop1)} (${r.causeN})`,
        `${f2(r.wrongState)} ${uncovered ? 'confident' : 'told none'}`,
      ];
    }),
  );
}

/** Top-1 per kind of several searches on one half of the ticket set (the uncovered row: confident answers). */
export function ticketPeersTable(searches: readonly {name: string; rows: readonly TicketFigures[]}[]): string {
  const [first] = searches;
  return table(
    ['kind', 'queries', ...searches.map((s) => `${s.name} top-1`)],
    first.rows.map((row) => [
      row.kind === 'overall' ? '**overall**' : row.kind === 'uncovered' ? 'uncovered (confident)' : row.kind,
      row.n,
      ...searches.map((s) => {
        const r = s.rows.find((x) => x.kind === row.kind);
        return !r ? '–' : f2(row.kind === 'uncovered' ? r.wrongState : r.top1);
      }),
    ]),
  );
}

/** Every ticket of one half whose first result is wrong (or, uncovered, that got a confident answer). */
export function ticketMissLines(results: readonly TicketResult[]): string[] {
  const missed = results.filter((r) =>
    r.query.kind === 'uncovered'
      ? r.confident
      : r.rank !== 0 || !r.confident || (r.query.cause !== undefined && r.outcome.firstAnchor !== r.query.cause),
  );
  if (!missed.length) return ['Misses: none'];
  return [
    `Misses (${missed.length}):`,
    ...missed.map((m) => {
      const [first, ...rest] = m.outcome.ranked.slice(0, 3);
      const got = first
        ? [`${first}${m.outcome.firstAnchor ? `#${m.outcome.firstAnchor}` : ''}`, ...rest].join(', ')
        : 'nothing';
      const want = m.query.expect.length
        ? `${m.query.expect.join('|')}${m.query.cause ? `#${m.query.cause}` : ''}`
        : 'nothing';
      return `  [${m.query.kind}] "${m.query.q.replace(/\s+/g, ' ').slice(0, 160)}": expected ${want}, got ${got} (${m.outcome.state ?? ''})`;
    }),
  ];
}
