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
 * The log files of `dir`, oldest first: `name` and what a rotation left of it (`name.1`, `name.2.gz`, …;
 * logrotate numbers the newest 1). The README's retention keeps 13 weeks this way.
 */
export function logFiles(dir: string, name: string): string[] {
  const rotated = new RegExp(`^${name.replace(/\./g, '\\.')}\\.(\\d+)(\\.gz)?$`);
  const found = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const old = found
    .map((f) => ({f, n: Number(rotated.exec(f)?.[1] ?? NaN)}))
    .filter(({n}) => !Number.isNaN(n))
    .sort((a, b) => b.n - a.n)
    .map(({f}) => path.join(dir, f));
  return [...old, ...(found.includes(name) ? [path.join(dir, name)] : [])];
}

/** Every event of the log and its rotated copies, at or after `since`. */
export function readLog(dir: string, name: string, since?: Date): FeedbackLog {
  const files = logFiles(dir, name);
  if (!files.length)
    throw new Error(
      `No feedback log in ${dir}: expected ${name}, which serve:prod writes once a reader votes or a search fails`,
    );
  const text = files
    .map((f) => (f.endsWith('.gz') ? zlib.gunzipSync(fs.readFileSync(f)) : fs.readFileSync(f)).toString('utf8'))
    .join('\n');
  return parseLog(text, since);
}
