/**
 * The report's numbers: per article, per failed search (grouped case- and
 * accent-insensitively), per week. Pure functions over parsed log lines.
 */
import type {FeedbackLine} from '../../deploy/feedback';
import {fold} from '../../src/lib/fold';

export interface ArticleVotes {
  readonly kbId: string;
  readonly up: number;
  readonly down: number;
  /** up / (up + down), null without votes. */
  readonly helped: number | null;
  readonly reasons: Readonly<Record<string, number>>;
  /** The reasons written out (masked by the server), newest first. */
  readonly texts: readonly string[];
}

export interface FailedSearch {
  /** The most frequent spelling of the group. */
  readonly query: string;
  readonly times: number;
  /** Times it found nothing. */
  readonly none: number;
  /** Times its results were shown and none opened. */
  readonly unopened: number;
  /** Results at its latest search. */
  readonly results: number;
}

export interface WeekTrend {
  /** Monday of the ISO week (UTC), YYYY-MM-DD. */
  readonly week: string;
  /** Votes cast that week (a changed vote counts in the week of the change; a reason added to a No does not). */
  readonly up: number;
  readonly down: number;
  readonly failedSearches: number;
}

/** Monday (UTC) of the week holding `time`. */
export function weekOf(time: string): string {
  const d = new Date(time);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

/** How a vote line moves the counts: +1 for its vote, −1 for the vote it replaces (one browser, one vote). */
function voteDelta(e: FeedbackLine): {up: number; down: number} {
  const delta = {up: 0, down: 0};
  if (e.vote) delta[e.vote]++;
  if (e.previous) delta[e.previous]--;
  return delta;
}

export function articleVotes(events: readonly FeedbackLine[]): ArticleVotes[] {
  const byId = new Map<string, {up: number; down: number; reasons: Record<string, number>; texts: string[]}>();
  for (const e of events) {
    if (e.type !== 'vote' || !e.kbId) continue;
    const a = byId.get(e.kbId) ?? {up: 0, down: 0, reasons: {}, texts: []};
    const d = voteDelta(e);
    a.up += d.up;
    a.down += d.down;
    if (e.reason) a.reasons[e.reason] = (a.reasons[e.reason] ?? 0) + 1;
    if (e.text) a.texts.unshift(e.text);
    byId.set(e.kbId, a);
  }
  return (
    [...byId]
      // Below 0 only when the vote a change replaces is not in the log (--since, a rotated file): count none.
      .map(([kbId, a]) => ({kbId, ...a, up: Math.max(0, a.up), down: Math.max(0, a.down)}))
      .map((a) => ({...a, helped: a.up + a.down > 0 ? a.up / (a.up + a.down) : null}))
      .sort((x, y) => y.down - x.down || (x.helped ?? 1) - (y.helped ?? 1) || x.kbId.localeCompare(y.kbId))
  );
}

/** The grouping key: folded (case, accents), spaces collapsed. */
export const searchKey = (query: string) => fold(query).replace(/\s+/g, ' ').trim();

export function failedSearches(events: readonly FeedbackLine[]): FailedSearch[] {
  const groups = new Map<string, {spellings: Map<string, number>; none: number; unopened: number; results: number}>();
  for (const e of events) {
    if (e.type !== 'search' || !e.query) continue;
    const key = searchKey(e.query);
    const g = groups.get(key) ?? {spellings: new Map(), none: 0, unopened: 0, results: 0};
    g.spellings.set(e.query, (g.spellings.get(e.query) ?? 0) + 1);
    if (e.outcome === 'unopened') g.unopened++;
    else g.none++;
    g.results = e.count ?? 0;
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      query: [...g.spellings].sort((a, b) => b[1] - a[1])[0][0],
      times: g.none + g.unopened,
      none: g.none,
      unopened: g.unopened,
      results: g.results,
    }))
    .sort((a, b) => b.times - a.times || b.none - a.none || a.query.localeCompare(b.query));
}

export function weeklyTrend(events: readonly FeedbackLine[]): WeekTrend[] {
  const weeks = new Map<string, {up: number; down: number; failedSearches: number}>();
  for (const e of events) {
    const w = weeks.get(weekOf(e.time)) ?? {up: 0, down: 0, failedSearches: 0};
    if (e.type === 'search') w.failedSearches++;
    else if (e.vote && e.vote !== e.previous) w[e.vote]++;
    weeks.set(weekOf(e.time), w);
  }
  return [...weeks].map(([week, w]) => ({week, ...w})).sort((a, b) => a.week.localeCompare(b.week));
}
