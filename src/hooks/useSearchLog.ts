import {useCallback, useEffect, useRef} from 'react';
import {useFeedbackUrls} from './useFeedbackUrls';
import {fold} from '@site/src/lib/fold';
import {feedbackRecorded, sendFeedback, type FeedbackEvent} from '@site/src/lib/feedback';
import type {SearchAnswer} from './useSearch';

/** How long a query must stay unchanged to count as settled rather than still being typed. */
export const settleMs = 1000;

export interface SearchLogInput {
  readonly query: string;
  readonly answer: SearchAnswer;
  /** The guide filter ('' for all guides). */
  readonly guide?: string;
}

export interface SearchLog {
  /** Enter or a search button: the query counts as settled now. */
  readonly submitted: () => void;
  /** A result was opened: the current query did not fail. */
  readonly opened: () => void;
  /** The reader left the box (blur): a settled query whose results went unopened is recorded. */
  readonly left: () => void;
}

type SearchEvent = Extract<FeedbackEvent, {type: 'search'}>;

/**
 * Records failed searches (BASE_URL_feedback, src/lib/feedback.ts): a settled
 * query that found nothing, at once; one whose results were shown but not
 * opened, when the reader leaves (blur, another page, the tab closing). A
 * query counts once it stays put for `settleMs` or is submitted, so words on
 * their way to a query are never recorded; each query (folded: case and
 * accents aside) is recorded at most once per outcome per page view.
 */
export function useSearchLog({query, answer, guide = ''}: SearchLogInput): SearchLog {
  const {endpoint, probe} = useFeedbackUrls();
  const q = query.trim();
  const ready = q !== '' && answer.current && !answer.failed && answer.answered.trim() === q;
  const event: SearchEvent | null = ready
    ? {type: 'search', query: q, count: answer.total, outcome: answer.total ? 'unopened' : 'none', page: '', guide}
    : null;
  const latest = useRef(event);
  useEffect(() => {
    latest.current = event;
  });
  /** The settled query with results, not yet opened: recorded as unopened if the reader leaves. */
  const pending = useRef<SearchEvent | null>(null);
  const sent = useRef(new Set<string>());
  /** The query a result was opened from: it did not fail, even if it settles after the click. */
  const opened = useRef<string | null>(null);
  const current = useRef(q);
  useEffect(() => {
    current.current = q;
  });

  const record = useCallback(
    (e: SearchEvent) => {
      const key = `${e.outcome}\u0000${fold(e.query)}\u0000${e.guide}`;
      if (sent.current.has(key)) return;
      sent.current.add(key);
      sendFeedback({endpoint, probe}, {...e, page: e.page || window.location.pathname});
    },
    [endpoint, probe],
  );

  const settle = useCallback(() => {
    const e = latest.current;
    if (!e || fold(e.query) === opened.current) return;
    if (e.outcome === 'none') return record(e);
    // The page searched on: by the time the reader leaves, the location may be the next page's.
    pending.current = {...e, page: window.location.pathname};
    void feedbackRecorded(probe); // asked now: when the reader leaves, the page may have no time to ask
  }, [record, probe]);

  const left = useCallback(() => {
    if (pending.current) record(pending.current);
    pending.current = null;
  }, [record]);

  // Settled: the same answered query for settleMs. A new query replaces the pending one (it was refined).
  const key = event ? JSON.stringify([event.query, event.count, guide]) : '';
  useEffect(() => {
    pending.current = null;
    if (!key) return;
    const timer = window.setTimeout(settle, settleMs);
    return () => window.clearTimeout(timer);
  }, [key, settle]);

  // Leaving the page (another site, the tab closing) or this component (another page of the site).
  useEffect(() => {
    window.addEventListener('pagehide', left);
    return () => {
      window.removeEventListener('pagehide', left);
      left();
    };
  }, [left]);

  return {
    submitted: settle,
    opened: useCallback(() => {
      pending.current = null;
      opened.current = fold(current.current);
    }, []),
    left,
  };
}
