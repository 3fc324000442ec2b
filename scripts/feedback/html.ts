/**
 * report.html: the same tables as the terminal, plus two bar charts drawn as
 * inline SVG. Self-contained: no script, no stylesheet or font from anywhere.
 */
import {percent, reasonsText, type FeedbackReport} from './report';

const escape = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], empty: string): string {
  if (!rows.length) return `<p>${escape(empty)}</p>`;
  const th = head.map((h) => `<th scope="col">${escape(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

interface Bar {
  readonly label: string;
  readonly parts: readonly {readonly value: number; readonly color: string; readonly name: string}[];
}

/** Width of a character of the chart's 12 px sans-serif text, at most (digits and most letters are narrower). */
export const charWidth = 7.5;

/** Horizontal stacked bars, one row per label; the title and each bar's numbers are text for screen readers. */
export function barChart(title: string, bars: readonly Bar[]): string {
  if (!bars.length) return '';
  const row = 22;
  const labelWidth = 130;
  const barsWidth = 330;
  const totalOf = (b: Bar) => b.parts.map((p) => `${p.name} ${p.value}`).join(', ');
  // Room after the longest bar for the longest total ("Yes 12, No 3"), at 12 px sans-serif (about 7 px a character).
  const width = labelWidth + barsWidth + 12 + Math.max(...bars.map((b) => totalOf(b).length)) * charWidth;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((s, p) => s + Math.max(0, p.value), 0)));
  const scale = barsWidth / max;
  const rows = bars.map((b, i) => {
    let x = labelWidth;
    const rects = b.parts
      .filter((p) => p.value > 0)
      .map((p) => {
        const w = p.value * scale;
        const rect = `<rect x="${x.toFixed(1)}" y="${i * row + 4}" width="${w.toFixed(1)}" height="${row - 8}" fill="${p.color}"><title>${escape(`${p.name}: ${p.value}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const total = totalOf(b);
    return `<g><text x="0" y="${i * row + 16}">${escape(b.label)}</text>${rects}<text x="${(x + 6).toFixed(1)}" y="${i * row + 16}">${escape(total)}</text></g>`;
  });
  return `<figure><svg role="img" aria-label="${escape(title)}" viewBox="0 0 ${width} ${bars.length * row}" width="${width}" height="${bars.length * row}" font-size="12" font-family="sans-serif">${rows.join('')}</svg><figcaption>${escape(title)}</figcaption></figure>`;
}

const style = `body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1c1e21}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f2f2}figure{margin:1rem 0}figcaption{font-size:.875rem;color:#444}`;

export function reportHtml(r: FeedbackReport, generated: Date): string {
  const articles = table(
    ['KB ID', 'Yes', 'No', 'Helped', 'Reasons', 'Reasons written out'],
    r.articles.map((a) => [
      a.kbId,
      a.up,
      a.down,
      percent(a.helped),
      reasonsText(a.reasons),
      a.texts.slice(0, 5).join(' | '),
    ]),
    'No votes yet.',
  );
  const searches = table(
    ['Query', 'Times', 'No result', 'Results not opened', 'Closest article now'],
    r.searches.map((s) => [
      s.query,
      s.times,
      s.none,
      s.unopened,
      s.closest ? `${s.closest.kbId} ${s.closest.title}` : 'none',
    ]),
    'No failed search.',
  );
  const candidates = table(
    ['Word', 'Searches'],
    r.candidates.map((c) => [c.word, c.times]),
    'No candidate.',
  );
  const weeks = table(
    ['Week (Monday)', 'Yes', 'No', 'Failed searches'],
    r.weeks.map((w) => [w.week, w.up, w.down, w.failedSearches]),
    'Nothing recorded yet.',
  );
  const voteChart = barChart(
    'Votes per article',
    r.articles.map((a) => ({
      label: a.kbId,
      parts: [
        {name: 'Yes', value: a.up, color: '#2e7d32'},
        {name: 'No', value: a.down, color: '#c62828'},
      ],
    })),
  );
  const weekChart = barChart(
    'Failed searches per week',
    r.weeks.map((w) => ({label: w.week, parts: [{name: 'Failed', value: w.failedSearches, color: '#1565c0'}]})),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reader feedback</title><style>${style}</style></head>
<body><main>
<h1>Reader feedback</h1>
<p>${r.events} events${r.since ? ` since ${escape(r.since)}` : ''}${r.malformed ? `, ${r.malformed} malformed line${r.malformed === 1 ? '' : 's'} skipped` : ''}. Generated ${escape(generated.toISOString())}.</p>
<h2>Articles</h2>
${voteChart}
${articles}
<h2>Failed searches</h2>
${searches}
<h2>Candidate synonyms</h2>
<p>Words of failed searches that no article holds: add a synonym, or the words to the article that answers them.</p>
${candidates}
<h2>By week</h2>
${weekChart}
${weeks}
</main></body></html>
`;
}
