import {useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {copyText} from '@site/src/lib/clipboard';
import {useReaderSiteUrl, useTicketUrl} from '@site/src/hooks/useReaderUrl';
import styles from './styles.module.css';

export interface CopyLinkButtonProps {
  /** Anchor on this page, without "#". */
  readonly anchor?: string;
  /** Or a path on the site, base URL not included ("/kb/AMZ-003#cause-out-of-stock"): the link copied is to it. */
  readonly to?: string;
  /** What the link points at, read by screen readers: "Step 2", "Cause: Test Mode". */
  readonly label: string;
  /** Shown on the button after "Link to": "step 2", "cause". Without it the button says "Copy link". */
  readonly name?: string;
  readonly className?: string;
}

/**
 * Copies the full URL of an anchor, on the origin the reader is on (on an article, its short link
 * /kb/ID#anchor, which outlives a renamed slug), and says
 * so, visibly and through a live region for screen readers. It does nothing
 * without JavaScript, so it stays hidden until the page is interactive.
 */
export default function CopyLinkButton({anchor = '', to, label, name, className}: CopyLinkButtonProps): ReactNode {
  const pageUrl = useTicketUrl();
  const siteUrl = useReaderSiteUrl();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = to === undefined ? `${pageUrl}#${anchor}` : siteUrl(to);

  async function onClick() {
    const ok = await copyText(url);
    setStatus(ok ? 'copied' : 'failed');
    window.setTimeout(() => setStatus('idle'), 2500);
  }

  return (
    <span
      className={clsx(styles.wrapper, className)}
      data-requires-js=""
      data-copied={status === 'copied' ? '' : undefined}
    >
      <button
        type="button"
        className={styles.button}
        data-copy-link={to ?? `#${anchor}`}
        aria-label={`Copy link to ${label}`}
        title="Copy link"
        onClick={onClick}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M10.6 13.4a1 1 0 0 1 0-1.4l3.3-3.3a3 3 0 1 1 4.2 4.2l-2 2-1.4-1.4 2-2a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.3 3.3a3 3 0 1 1-4.2-4.2l2-2 1.4 1.4-2 2a1 1 0 1 0 1.4 1.4l3.3-3.3a1 1 0 0 1 1.4 0Z"
          />
        </svg>
        <span className={styles.text}>
          {status === 'copied'
            ? 'Copied'
            : status === 'failed'
              ? 'Copy failed'
              : name
                ? `Link to ${name}`
                : 'Copy link'}
        </span>
      </button>
      <span role="status" className="sr-only">
        {status === 'copied' ? `Link to ${label} copied` : status === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </span>
  );
}
