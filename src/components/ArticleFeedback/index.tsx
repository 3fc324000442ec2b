import clsx from 'clsx';
import {useId, useRef, useState, type FormEvent, type ReactNode} from 'react';
import {useFeedbackUrls} from '@site/src/hooks/useFeedbackUrls';
import {feedbackReasons, maxReasonLength, sendFeedback, type FeedbackReason} from '@site/src/lib/feedback';
import {useStoredVote, type Vote} from './useStoredVote';
import styles from './styles.module.css';

export interface ArticleFeedbackProps {
  readonly kbId: string;
  /** The article's guide id, recorded with the vote so the report can tell guides apart. */
  readonly guide: string;
  readonly className?: string;
}

const voteLabels: Record<Vote, string> = {up: 'Yes', down: 'No'};

/**
 * "Did this solve it?" at the end of an article: Yes or No, one vote per
 * article per browser and changeable; No offers an optional reason. Votes go
 * to BASE_URL_feedback (src/lib/feedback.ts); where nothing records them the
 * reader sees the same thank-you. Needs JavaScript, so hidden until the page
 * is interactive (data-requires-js).
 */
export default function ArticleFeedback({kbId, guide, className}: ArticleFeedbackProps): ReactNode {
  const urls = useFeedbackUrls();
  const id = useId();
  const noButton = useRef<HTMLButtonElement>(null);
  const [vote, storeVote] = useStoredVote(kbId);
  const [asking, setAsking] = useState(false);
  const [thanks, setThanks] = useState('');
  const [reason, setReason] = useState<FeedbackReason | ''>('');
  const [text, setText] = useState('');

  const page = () => window.location.pathname;

  function choose(next: Vote) {
    if (next !== vote) {
      sendFeedback(urls, {type: 'vote', kbId, vote: next, previous: vote ?? undefined, page: page(), guide});
      storeVote(next);
    }
    setAsking(next === 'down');
    setThanks(next === 'up' ? 'Thank you. Glad it solved it.' : 'Thank you for telling us.');
  }

  function closeReason(message: string) {
    setAsking(false);
    setReason('');
    setText('');
    setThanks(message);
    noButton.current?.focus(); // the form goes away: keep the focus near where it was
  }

  function sendReason(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const trimmed = text.trim();
    if (!reason && !trimmed) return closeReason('Thank you for telling us.');
    sendFeedback(urls, {
      type: 'vote',
      kbId,
      vote: 'down',
      previous: 'down', // the same No, now with its reason: the report counts it once
      reason: reason || undefined,
      text: trimmed || undefined,
      page: page(),
      guide,
    });
    closeReason('Thank you. Your reason was sent.');
  }

  return (
    <section
      className={clsx(styles.feedback, className)}
      aria-labelledby={`${id}-title`}
      data-article-feedback=""
      data-requires-js=""
    >
      <h2 id={`${id}-title`} className={styles.title}>
        Did this solve it?
      </h2>
      <div className={styles.votes} role="group" aria-labelledby={`${id}-title`}>
        {(['up', 'down'] as const).map((v) => (
          <button
            key={v}
            ref={v === 'down' ? noButton : undefined}
            type="button"
            className={`button button--sm ${vote === v ? 'button--primary' : 'button--secondary'}`}
            aria-pressed={vote === v}
            data-feedback={v}
            onClick={() => choose(v)}
          >
            {voteLabels[v]}
          </button>
        ))}
        {vote && !thanks ? <span className={styles.current}>Your answer: {voteLabels[vote]}</span> : null}
      </div>
      {asking ? (
        <form className={styles.reason} onSubmit={sendReason} data-feedback-reason="">
          <fieldset className={styles.choices}>
            <legend>What went wrong? (optional)</legend>
            {feedbackReasons.map((r) => (
              <label key={r.value}>
                <input
                  type="radio"
                  name={`${id}-reason`}
                  value={r.value}
                  checked={reason === r.value}
                  onChange={() => setReason(r.value)}
                />{' '}
                {r.label}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-text`}>Anything else? (optional, at most {maxReasonLength} characters)</label>
          <textarea
            id={`${id}-text`}
            className={styles.text}
            rows={3}
            maxLength={maxReasonLength}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <p className={styles.hint}>Please leave out names, e-mail addresses and order numbers.</p>
          <div className={styles.votes}>
            <button type="submit" className="button button--primary button--sm" data-feedback-send="">
              Send
            </button>
            <button
              type="button"
              className="button button--secondary button--sm"
              data-feedback-skip=""
              onClick={() => closeReason('Thank you for telling us.')}
            >
              Skip
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className={styles.thanks} data-feedback-thanks="">
        {thanks}
      </p>
    </section>
  );
}
