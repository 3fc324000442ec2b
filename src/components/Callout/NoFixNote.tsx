import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useArticlePageData} from '@site/src/components/ArticlePage/context';
import {stepNumber} from '@site/src/kb/ids';
import {noFixContactHref} from '@site/src/kb/ticket';
import {useTicketUrl} from '@site/src/hooks/useReaderUrl';
import styles from './styles.module.css';

export interface NoFixNoteProps {
  /** The cause's anchor and title. */
  readonly id: string;
  readonly title: string;
  /** The step that applies anyway (e.g. the one that shows the reason), if the article names one. */
  readonly see?: string;
}

/**
 * Under a cause the guide gives no step for: says so plainly, points to the step the article names, and
 * offers "Still stuck?" with the KB ID and the cause filled in. Invents no fix.
 */
export default function NoFixNote({id, title, see}: NoFixNoteProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const contact = String(siteConfig.customFields?.supportContact ?? '');
  const article = useArticlePageData();
  const url = `${useTicketUrl()}#${id}`;
  return (
    <p className={styles.noFix} data-no-fix={id}>
      This guide has no step that fixes this cause.{' '}
      {see ? (
        <>
          Start with <a href={`#${see}`}>step {stepNumber(see)}</a>.{' '}
        </>
      ) : null}
      {contact && article ? (
        <a data-no-fix-contact="" href={noFixContactHref(contact, {kbId: article.kbId, cause: title, url})}>
          Still stuck? Contact support
        </a>
      ) : null}
    </p>
  );
}
