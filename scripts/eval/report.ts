/**
 * What `npm run eval:search` prints: markdown tables (they paste into the
 * README as they are) and the misses grouped by kind.
 */
import {table} from '../bench/lib';
import type {PeerFigures} from './floors';
import type {KindFigures, QueryResult} from './metrics';
import {evalKinds} from './querySets';

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
