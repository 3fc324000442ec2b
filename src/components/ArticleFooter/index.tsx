import {useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ArticlePageData} from '@site/src/kb/pageData';
import {contactHref, ticketMarkdown, ticketPlainText, type TicketStep} from '@site/src/kb/ticket';
import {copyText} from '@site/src/lib/clipboard';
import {useTicketUrl} from '@site/src/hooks/useReaderUrl';
import ArticleFeedback from '@site/src/components/ArticleFeedback';
import styles from './styles.module.css';
import {stepNumber} from '@site/src/kb/ids';

export interface ArticleFooterProps {
  readonly meta: ArticlePageData;
  readonly title: string;
}

const ticketFormats = [
  {format: 'text', label: 'Copy for ticket', variant: 'primary'},
  {format: 'markdown', label: 'Copy as Markdown', variant: 'secondary'},
] as const;

/** "Copy for ticket" and "Still stuck?": the end of every article. */
export default function ArticleFooter({meta, title}: ArticleFooterProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const url = useTicketUrl();
  const contact = String(siteConfig.customFields?.supportContact ?? '');
  const steps: readonly TicketStep[] = meta.steps;
  const [tried, setTried] = useState<string[]>([]);
  const [copied, setCopied] = useState<'' | 'text' | 'markdown' | 'failed'>('');

  const input = {kbId: meta.kbId, title, url, steps};
  async function copyForTicket(format: 'text' | 'markdown') {
    const ok = await copyText(format === 'text' ? ticketPlainText(input) : ticketMarkdown(input));
    setCopied(ok ? format : 'failed');
    window.setTimeout(() => setCopied(''), 2500);
  }

  return (
    <footer className={styles.footer}>
      <ArticleFeedback kbId={meta.kbId} guide={meta.guide} className={styles.box} />
      {/* Copying needs JavaScript: the section stays hidden until the page is interactive. */}
      <section className={styles.box} aria-labelledby="copy-for-ticket-title" data-requires-js="">
        <h2 id="copy-for-ticket-title" className={styles.title}>
          Share this fix
        </h2>
        <p>Copy the KB ID, title, link and numbered steps, ready to paste into a ticket.</p>
        <div className={styles.actions}>
          {ticketFormats.map(({format, label, variant}) => (
            <button
              key={format}
              type="button"
              className={`button button--${variant} button--sm`}
              data-copy-ticket={format}
              onClick={() => copyForTicket(format)}
            >
              {copied === format ? 'Copied' : label}
            </button>
          ))}
        </div>
        <span role="status" className="sr-only">
          {copied === 'text' || copied === 'markdown'
            ? `Copied ${meta.kbId} for a ticket`
            : copied === 'failed'
              ? 'Could not copy'
              : ''}
        </span>
      </section>
      {contact ? (
        <section className={styles.box} aria-labelledby="still-stuck-title" data-still-stuck="">
          <h2 id="still-stuck-title" className={styles.title}>
            Still stuck?
          </h2>
          {steps.length > 0 ? (
            <fieldset className={styles.tried} data-requires-js="">
              <legend>Steps you have tried</legend>
              {steps.map((s) => (
                <label key={s.id}>
                  <input
                    type="checkbox"
                    checked={tried.includes(s.id)}
                    onChange={(e) => setTried((t) => (e.target.checked ? [...t, s.id] : t.filter((x) => x !== s.id)))}
                  />{' '}
                  Step {stepNumber(s.id)}
                </label>
              ))}
            </fieldset>
          ) : null}
          <a
            className="button button--secondary button--sm"
            data-contact-support=""
            href={contactHref(contact, input, tried)}
          >
            Contact support about {meta.kbId}
          </a>
        </section>
      ) : null}
    </footer>
  );
}
