/**
 * Sends one reader-feedback event to BASE_URL_feedback, where serve:prod's
 * nginx records it (deploy/feedback.js says what it accepts and masks).
 * Fire and forget: a static host that does not answer there (404, 405) must
 * change nothing on the page, so every failure is ignored. Only the event
 * travels: no cookie, no identifier of the reader.
 */
export type FeedbackEvent =
  | {
      readonly type: 'vote';
      readonly kbId: string;
      readonly vote: 'up' | 'down';
      /** The vote this one replaces, so the report counts each browser once. */
      readonly previous?: 'up' | 'down';
      readonly reason?: FeedbackReason;
      readonly text?: string;
      readonly page: string;
      readonly guide: string;
    }
  | {
      readonly type: 'search';
      readonly query: string;
      readonly count: number;
      /** none: nothing found; unopened: results shown, none opened before the reader left. */
      readonly outcome: 'none' | 'unopened';
      readonly page: string;
      readonly guide: string;
    };

export const feedbackReasons = [
  {value: 'steps', label: 'The steps did not work'},
  {value: 'wrong-article', label: 'Wrong article for my problem'},
  {value: 'unclear', label: 'Unclear'},
] as const;
export type FeedbackReason = (typeof feedbackReasons)[number]['value'];

/** The longest reason text the server keeps (deploy/feedback.js caps it too). */
export const maxReasonLength = 500;

let recording: Promise<boolean> | undefined;

/**
 * Whether something records feedback here: BASE_URL/feedback.json says
 * {"record": false} in the build, and serve:prod's nginx answers it with
 * {"record": true}. Asked once per page load. Posting blindly would make the
 * browser log a failed request on every static host (404 or 405).
 */
export function feedbackRecorded(probeUrl: string): Promise<boolean> {
  recording ??= fetch(probeUrl, {cache: 'no-store'})
    .then((res): Promise<{record?: unknown}> | {record?: unknown} => (res.ok ? res.json() : {}))
    .then((body) => body.record === true)
    .catch(() => false);
  return recording;
}

function post(url: string, json: string): void {
  try {
    // Same origin, so the JSON content type needs no preflight; a beacon survives the page closing.
    if (navigator.sendBeacon?.(url, new Blob([json], {type: 'application/json'}))) return;
  } catch {
    // Some browsers throw instead of returning false (a blocked or too large beacon): fall back.
  }
  void fetch(url, {method: 'POST', body: json, headers: {'content-type': 'application/json'}, keepalive: true}).catch(
    () => undefined,
  );
}

/** Where to send and where to ask first, both under the base URL (useFeedbackUrls). */
export interface FeedbackUrls {
  readonly endpoint: string;
  readonly probe: string;
}

/**
 * The longest query sent: the server keeps 500 characters (deploy/feedback.js) and refuses a body over
 * 2 KB, so a long pasted log is cut here rather than lost whole.
 */
export const maxSentQueryLength = 500;

/**
 * `query` cut to the length sent, at the last space before it: a word cut in two (an e-mail address, a
 * long number) could slip past the server's masking, which only knows whole ones.
 */
export function sentQuery(query: string): string {
  if (query.length <= maxSentQueryLength) return query;
  const cut = query.slice(0, maxSentQueryLength);
  const lastSpace = cut.search(/\s\S*$/);
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}

/** Sends `event` if this host records feedback; otherwise (or on any failure) does nothing. */
export function sendFeedback({endpoint, probe}: FeedbackUrls, event: FeedbackEvent): void {
  const json = JSON.stringify(event.type === 'search' ? {...event, query: sentQuery(event.query)} : event);
  void feedbackRecorded(probe).then((yes) => yes && post(endpoint, json));
}
