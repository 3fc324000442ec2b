// Types of deploy/feedback.js (njs; run by nginx, imported by the unit tests and the report).
export interface FeedbackLine {
  readonly time: string;
  readonly type: 'vote' | 'search';
  readonly page: string;
  readonly guide: string;
  readonly kbId?: string;
  readonly vote?: 'up' | 'down';
  readonly previous?: 'up' | 'down';
  readonly reason?: 'steps' | 'wrong-article' | 'unclear';
  readonly text?: string;
  readonly query?: string;
  readonly count?: number;
  readonly outcome?: 'none' | 'unopened';
}
export type Validated = {event: Omit<FeedbackLine, 'time'>; error?: undefined} | {error: string; event?: undefined};
export interface NjsRequest {
  readonly method: string;
  readonly requestText?: string;
  readonly variables: Record<string, string | undefined>;
  readonly headersIn: Record<string, string | undefined>;
  readonly headersOut: Record<string, string>;
  return(status: number, body?: string): void;
  error(message: string): void;
  warn(message: string): void;
}
declare const feedback: {
  record(r: NjsRequest): void;
  mask(text: string): string;
  validate(body: unknown): Validated;
  toLine(text: string, now: Date): {line: string; error?: undefined} | {error: string; line?: undefined};
  crossSite(headers: Record<string, string | undefined>): string | null;
  readonly maxText: number;
  /** The recorder's own character tables (njs has no \p{…}); by code point. */
  isDigit(cp: number): boolean;
  isSpace(cp: number): boolean;
  isInvisible(cp: number): boolean;
};
export default feedback;
