import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ResolvedOutcome} from '@site/src/kb/troubleshooter/types';
import {troubleshooterContactHref, type TroubleshooterAnswer} from '@site/src/kb/ticket';
import styles from './styles.module.css';

export interface OutcomeCardProps {
  readonly outcome: ResolvedOutcome;
  /** The answers that led here, in order: pre-filled into "Still stuck?" when they rule the article out. */
  readonly answers: readonly TroubleshooterAnswer[];
  /** This page's URL as the reader sees it, answers included, for the support message. */
  readonly url: string;
}

/** The article (and cause or step) an answer path ends at, or the article the answers have ruled out. */
export default function OutcomeCard({outcome, answers, url}: OutcomeCardProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const contact = String(siteConfig.customFields?.supportContact ?? '');
  const articleLink = (
    <Link to={outcome.href} data-outcome={outcome.kbId} className={styles.outcomeLink}>
      {outcome.kbId}: {outcome.title}
      {outcome.anchorTitle ? ` — ${outcome.anchorTitle}` : ''}
    </Link>
  );
  if (outcome.ruledOut) {
    const input = {kbId: outcome.kbId, title: outcome.title, url, answers};
    return (
      <div className={styles.outcome} data-outcome-ruled-out={outcome.kbId}>
        <p>
          {outcome.summary} {articleLink} describes these causes, and your answers rule out each of them:
        </p>
        <ul>
          {outcome.ruledOutCauses?.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p>
          Look up the exact text you see in the <Link to="/symptoms">symptom index</Link>
          {contact ? ', or ask support with your answers filled in.' : '.'}
        </p>
        {contact ? (
          <a
            className="button button--primary button--sm"
            data-contact-support=""
            href={troubleshooterContactHref(contact, input)}
          >
            Still stuck? Contact support
          </a>
        ) : null}
      </div>
    );
  }
  return (
    <div className={styles.outcome}>
      {articleLink}
      <p>{outcome.summary}</p>
      {outcome.noFix ? (
        <p data-outcome-no-fix="">
          The guide has no step that fixes this cause.{' '}
          {outcome.noFix.see && outcome.noFix.seeHref ? (
            <>
              Start with <Link to={outcome.noFix.seeHref}>{outcome.noFix.see}</Link> of the article.{' '}
            </>
          ) : null}
          {contact ? (
            <a
              data-contact-support=""
              href={troubleshooterContactHref(contact, {
                kbId: outcome.kbId,
                title: outcome.title,
                url,
                answers,
                cause: outcome.anchorTitle?.replace(/^Cause: /, ''),
              })}
            >
              Still stuck? Contact support
            </a>
          ) : null}
        </p>
      ) : null}
      {outcome.symptoms?.length ? (
        <>
          <p className={styles.symptomsLabel}>Readers with this cause report:</p>
          <ul data-outcome-symptoms="">
            {outcome.symptoms.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
