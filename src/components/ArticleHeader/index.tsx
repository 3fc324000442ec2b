import type {ReactNode} from 'react';
import type {ArticleMeta} from '@site/src/kb/meta';
import styles from './styles.module.css';

export interface ArticleHeaderProps {
  readonly meta: ArticleMeta;
}

const audienceLabels: Record<string, string> = {
  requester: 'Requesters',
  approver: 'Approvers',
  administrator: 'Administrators',
};

/** KB ID, category, audience and review date, under the article title. */
export default function ArticleHeader({meta}: ArticleHeaderProps): ReactNode {
  return (
    <dl className={styles.meta}>
      <div>
        <dt>KB ID</dt>
        <dd>
          <code data-kb-id={meta.kbId}>{meta.kbId}</code>
        </dd>
      </div>
      <div>
        <dt>Category</dt>
        <dd>{meta.categoryLabel}</dd>
      </div>
      <div>
        <dt>For</dt>
        <dd>{meta.audience.map((a) => audienceLabels[a] ?? a).join(', ')}</dd>
      </div>
      <div>
        <dt>Last reviewed</dt>
        <dd>
          <time dateTime={meta.lastReviewed}>{meta.lastReviewed}</time>
        </dd>
      </div>
    </dl>
  );
}
