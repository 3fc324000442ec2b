import {useId, useState, type FormEvent, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import named from '@site/docs/amz/named.json';
import {findNamed, type NamedGroup} from '@site/src/search/named';
import {amzPlaceAnswer, domainsToolLink} from '@site/src/guides/amz/placeAnswer';
import {supportedDomains} from '@site/src/guides/amz/supportedDomains';
import {copyText} from '@site/src/lib/clipboard';
import {useReaderSiteUrl} from '@site/src/hooks/useReaderUrl';
import styles from './styles.module.css';

export interface DomainAnswerProps {
  /** The article that answers it (AMZ-007), its short link and title, for the copied text. */
  readonly kbId: string;
  readonly anchor: string;
  readonly title: string;
  /** The guide's note on using a domain outside one's region, copied with the answer. */
  readonly note: string;
}

const group = named as unknown as NamedGroup;

/**
 * "Can we use the integration in Switzerland?": a country or Amazon domain typed here (or in the URL,
 * /tools/amazon-domains?q=switzerland) gets a plain yes or no in the guide's terms, and a button that
 * copies the answer with this page's link for a ticket. The answer needs the script, so the form stays
 * hidden until the page is interactive; the table below needs none.
 */
export default function DomainAnswer({kbId, anchor, title, note}: DomainAnswerProps): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const siteUrl = useReaderSiteUrl();
  const inputId = useId();
  const isBrowser = useIsBrowser();
  const q = isBrowser ? (new URLSearchParams(location.search).get('q') ?? '').trim() : '';
  const [typed, setTyped] = useState<string | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const match = q ? findNamed(q, group, 'amz') : undefined;
  const answer = match ? amzPlaceAnswer(match) : undefined;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const value = (typed ?? q).trim();
    history.replace(value ? domainsToolLink(value) : location.pathname);
    setTyped(null);
    setCopied('idle');
  }

  async function onCopy() {
    if (!answer || !match) return;
    const text = [
      `${answer.verdict}. ${answer.sentence}`,
      `Supported domains: ${supportedDomains.map((d) => `${d.domain} (${d.country})`).join(', ')}.`,
      note,
      siteUrl(domainsToolLink(match.text)),
      `${kbId}: ${title}: ${siteUrl(`/kb/${kbId}#${anchor}`)}`,
    ].join('\n');
    const ok = await copyText(text);
    setCopied(ok ? 'copied' : 'failed');
    window.setTimeout(() => setCopied('idle'), 2500);
  }

  return (
    <div className={styles.box} data-requires-js="">
      <form className={styles.form} role="search" aria-label="Check a country or Amazon domain" onSubmit={onSubmit}>
        <label htmlFor={inputId}>Country or Amazon domain</label>
        <div className={styles.row}>
          <input
            id={inputId}
            name="q"
            type="search"
            className={clsx('kb-input', styles.input)}
            data-domain-query=""
            placeholder="e.g. Switzerland, amazon.fr"
            value={typed ?? q}
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="button button--primary">
            Check
          </button>
        </div>
      </form>
      {q ? (
        <div className={styles.answer} data-domain-answer={answer ? answer.verdict!.toLowerCase() : 'unknown'}>
          {answer ? (
            <>
              <p className={styles.verdict}>
                <strong>{answer.verdict}.</strong> {answer.sentence}
              </p>
              <p>
                {note} See <Link to={`/kb/${kbId}#${anchor}`}>{kbId}</Link>.
              </p>
              <button
                type="button"
                className="button button--secondary button--sm"
                data-copy-answer=""
                onClick={onCopy}
              >
                {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy answer for a ticket'}
              </button>
              <span role="status" className="sr-only">
                {copied === 'copied'
                  ? 'Answer and link copied'
                  : copied === 'failed'
                    ? 'Could not copy the answer'
                    : ''}
              </span>
            </>
          ) : (
            <p>
              “{q}” is neither a country nor an Amazon domain this page knows. Check the spelling, or compare with the
              supported domains below.
            </p>
          )}
        </div>
      ) : null}
    </div>
  );
}
