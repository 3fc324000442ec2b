/** The report as data (--json) and as text (the terminal). */
import type {FeedbackLine} from '../../deploy/feedback';
import type {Closest} from './closest';
import {synonymCandidates, type KnownWord, type SynonymCandidate} from './candidates';
import {
  articleVotes,
  failedSearches,
  weeklyTrend,
  type ArticleVotes,
  type FailedSearch,
  type WeekTrend,
} from './summarize';

export interface FeedbackReport {
  readonly since: string | null;
  readonly events: number;
  readonly malformed: number;
  readonly articles: readonly ArticleVotes[];
  readonly searches: readonly (FailedSearch & {readonly closest: Closest | null})[];
  readonly weeks: readonly WeekTrend[];
  /** Words of failed searches no article holds (none without a build to look them up in). */
  readonly candidates: readonly SynonymCandidate[];
}

export async function buildReport(
  events: readonly FeedbackLine[],
  malformed: number,
  since: Date | undefined,
  closest: (query: string) => Promise<Closest | null>,
  known?: KnownWord,
): Promise<FeedbackReport> {
  const searches = [];
  const failed = failedSearches(events);
  for (const s of failed) searches.push({...s, closest: await closest(s.query)});
  return {
    since: since ? since.toISOString().slice(0, 10) : null,
    events: events.length,
    malformed,
    articles: articleVotes(events),
    searches,
    weeks: weeklyTrend(events),
    candidates: known ? synonymCandidates(failed, known) : [],
  };
}

export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function reasonsText(reasons: Readonly<Record<string, number>>): string {
  return (
    Object.entries(reasons)
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ') || '–'
  );
}

/** Reader-written text as the terminal should show it: control characters (escape sequences) replaced. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
}

export function reportText(r: FeedbackReport): string {
  const out = [
    `Reader feedback${r.since ? ` since ${r.since}` : ''}: ${r.events} events${r.malformed ? `, ${r.malformed} malformed line${r.malformed === 1 ? '' : 's'} skipped` : ''}`,
    '',
    'Articles',
    r.articles.length
      ? table(
          ['KB ID', 'Yes', 'No', 'Helped', 'Reasons'],
          r.articles.map((a) => [a.kbId, a.up, a.down, percent(a.helped), reasonsText(a.reasons)]),
        )
      : '  no votes',
  ];
  for (const a of r.articles) for (const t of a.texts.slice(0, 5)) out.push(`  ${a.kbId}: "${printable(t)}"`);
  out.push(
    '',
    'Failed searches (most frequent first)',
    r.searches.length
      ? table(
          ['Query', 'Times', 'No result', 'Unopened', 'Closest article now'],
          r.searches.map((s) => [
            printable(s.query.length > 60 ? `${s.query.slice(0, 59)}…` : s.query),
            s.times,
            s.none,
            s.unopened,
            s.closest
              ? `${s.closest.kbId} ${s.closest.title}${s.closest.word ? ` (from "${printable(s.closest.word)}" alone)` : ''}`
              : 'none',
          ]),
        )
      : '  none',
    '',
    'Candidate synonyms (words of failed searches no article holds: add one to synonyms.json, or words to an article)',
    r.candidates.length
      ? table(
          ['Word', 'Searches'],
          r.candidates.map((c) => [printable(c.word), c.times]),
        )
      : '  none',
    '',
    'By week (Monday; votes as cast that week, so a changed vote counts in both its weeks)',
    r.weeks.length
      ? table(
          ['Week', 'Yes', 'No', 'Failed searches'],
          r.weeks.map((w) => [w.week, w.up, w.down, w.failedSearches]),
        )
      : '  nothing yet',
  );
  return out.join('\n');
}
