/** Reads the feedback log (FEEDBACK_DIR/feedback.jsonl): good lines kept, the others counted, never fatal. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type {FeedbackLine} from '../../deploy/feedback';

export interface FeedbackLog {
  readonly events: FeedbackLine[];
  /** Lines that were not JSON or not an event (a truncated write, a hand edit). */
  readonly malformed: number;
}

function isEvent(value: unknown): value is FeedbackLine {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  if (typeof e.time !== 'string' || Number.isNaN(Date.parse(e.time))) return false;
  if (e.type === 'vote') return typeof e.kbId === 'string' && (e.vote === 'up' || e.vote === 'down');
  if (e.type === 'search') return typeof e.query === 'string' && typeof e.count === 'number';
  return false;
}

/** Events of `text` (JSON lines) at or after `since`. */
export function parseLog(text: string, since?: Date): FeedbackLog {
  const events: FeedbackLine[] = [];
  let malformed = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      malformed++;
      continue;
    }
    if (!isEvent(value)) malformed++;
    else if (!since || Date.parse(value.time) >= since.getTime()) events.push(value);
  }
  return {events, malformed};
}

/**
 * The log files of `dir`, oldest first: `name` and what a rotation left of it, numbered (`name.1`,
 * `name.2.gz`, …; logrotate numbers the newest 1) or dated (`name-20261201.gz`, logrotate's dateext).
 * The retention in deploy/README.md keeps 13 weeks this way.
 */
export function logFiles(dir: string, name: string): string[] {
  const escaped = name.replace(/\./g, '\\.');
  const rotated = new RegExp(`^${escaped}(?:\\.(\\d+)|-(\\d{8,10}))(\\.gz)?$`);
  const found = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  // Dated ones by date, then numbered ones from the highest number: oldest first either way.
  const age = (f: string) => {
    const m = rotated.exec(f);
    return m ? (m[2] ? [0, Number(m[2])] : [1, -Number(m[1])]) : null;
  };
  const old = found
    .map((f) => ({f, a: age(f)}))
    .filter((x): x is {f: string; a: number[]} => x.a !== null)
    .sort((x, y) => x.a[0] - y.a[0] || x.a[1] - y.a[1])
    .map(({f}) => path.join(dir, f));
  return [...old, ...(found.includes(name) ? [path.join(dir, name)] : [])];
}

/** A file's text; a compressed copy that does not unpack counts as one malformed line, like a torn write. */
function fileText(file: string): {text: string; broken: number} {
  if (!file.endsWith('.gz')) return {text: fs.readFileSync(file, 'utf8'), broken: 0};
  try {
    return {text: zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'), broken: 0};
  } catch {
    return {text: '', broken: 1};
  }
}

/** Every event of the log and its rotated copies, at or after `since`. */
export function readLog(dir: string, name: string, since?: Date): FeedbackLog {
  const files = logFiles(dir, name);
  if (!files.length)
    throw new Error(
      `No feedback log in ${dir}: expected ${name}, which serve:prod writes once a reader votes or a search fails`,
    );
  const read = files.map(fileText);
  const log = parseLog(read.map((r) => r.text).join('\n'), since);
  return {events: log.events, malformed: log.malformed + read.reduce((n, r) => n + r.broken, 0)};
}
