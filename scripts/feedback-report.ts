/**
 * npm run feedback:report — what readers told us: votes per article, failed
 * searches (each with the article it would find now), the trend by week.
 * Reads FEEDBACK_DIR/feedback.jsonl (serve:prod writes it), prints the report
 * and writes report.html next to the log.
 *
 *   tsx scripts/feedback-report.ts [--dir feedback] [--build build] [--since 2026-11-01] [--json] [--out FILE]
 *
 * Malformed lines are counted and skipped. Environment: FEEDBACK_DIR, BUILD_DIR.
 */
import fs from 'node:fs';
import path from 'node:path';
import {closestArticles} from './feedback/closest';
import {reportHtml} from './feedback/html';
import {feedbackFileName} from './feedback/nginx';
import {readLog} from './feedback/read';
import {buildReport, reportText} from './feedback/report';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name}: expected a value after it, received nothing`);
  return value;
}

function sinceDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`--since: expected a date such as 2026-11-01, received "${value}"`);
  return new Date(`${value}T00:00:00Z`);
}

async function main(): Promise<void> {
  const dir = path.resolve(option('dir') ?? process.env.FEEDBACK_DIR ?? 'feedback');
  const buildDir = path.resolve(option('build') ?? process.env.BUILD_DIR ?? 'build');
  const since = sinceDate(option('since'));
  const out = path.resolve(option('out') ?? path.join(dir, 'report.html'));
  const {events, malformed} = readLog(path.join(dir, feedbackFileName), since);
  const report = await buildReport(events, malformed, since, await closestArticles(buildDir));
  fs.writeFileSync(out, reportHtml(report, new Date()));
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(`${reportText(report)}\n\nWrote ${path.relative(process.cwd(), out) || out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
