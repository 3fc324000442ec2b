/**
 * npm run feedback:report — what readers told us: votes per article, failed
 * searches (each with the article it would find now), the trend by week.
 * Reads FEEDBACK_DIR/feedback.jsonl (serve:prod writes it) and the copies a
 * rotation left beside it (feedback.jsonl.1, feedback.jsonl.2.gz, …), prints
 * the report and writes report.html next to the log.
 *
 *   tsx scripts/feedback-report.ts [--dir feedback] [--build build] [--since 2026-11-01] [--json] [--out FILE]
 *
 * Malformed lines are counted and skipped. Environment: FEEDBACK_DIR, BUILD_DIR.
 */
import fs from 'node:fs';
import path from 'node:path';
import {closestArticles} from './feedback/closest';
import {reportHtml} from './feedback/html';
import {feedbackFileName} from '../deploy/nginx/feedback';
import {readLog} from './feedback/read';
import {buildReport, reportText} from './feedback/report';
import {readArgs} from './cli';

const options = {
  dir: {type: 'string'},
  build: {type: 'string'},
  since: {type: 'string'},
  out: {type: 'string'},
  json: {type: 'boolean'},
} as const;

/** The command line: `--name value` or `--name=value`; anything else is refused, saying what is accepted. */
export function parseArgs(argv: readonly string[]) {
  const {values} = readArgs('--dir DIR, --build DIR, --since YYYY-MM-DD, --out FILE or --json', options, {args: argv});
  const {json, ...rest} = values;
  return {values: rest, json: json === true};
}

export function sinceDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d\d-\d\d$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`--since: expected a date such as 2026-11-01, received "${value}"`);
  return new Date(`${value}T00:00:00Z`);
}

async function main(): Promise<void> {
  const {values, json} = parseArgs(process.argv.slice(2));
  const dir = path.resolve(values.dir ?? process.env.FEEDBACK_DIR ?? 'feedback');
  const buildDir = path.resolve(values.build ?? process.env.BUILD_DIR ?? 'build');
  const since = sinceDate(values.since);
  const out = path.resolve(values.out ?? path.join(dir, 'report.html'));
  const {events, malformed} = readLog(dir, feedbackFileName, since);
  const closest = await closestArticles(buildDir);
  if (closest.unavailable)
    console.error(`The closest article of each failed search is left out: ${closest.unavailable}`);
  const report = await buildReport(events, malformed, since, closest.lookup, closest.known);
  fs.writeFileSync(out, reportHtml(report, new Date()));
  if (json) console.log(JSON.stringify(report, null, 2));
  else console.log(`${reportText(report)}\n\nWrote ${path.relative(process.cwd(), out) || out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename))
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
