/** Reads the feedback log (FEEDBACK_DIR/feedback.jsonl): good lines kept, the others counted, never fatal. */
import fs from 'node:fs';
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

export function readLog(file: string, since?: Date): FeedbackLog {
  if (!fs.existsSync(file))
    throw new Error(`No feedback log at ${file}: expected the feedback.jsonl serve:prod writes`);
  return parseLog(fs.readFileSync(file, 'utf8'), since);
}
