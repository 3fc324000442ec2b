import type {ReactNode} from 'react';
import {useGuideLabels} from '@site/src/hooks/useKbGlobalData';
import type {ArticlePageData} from '@site/src/kb/pageData';
import styles from './styles.module.css';

export interface ArticleHeaderProps {
  readonly meta: ArticlePageData;
}

/** KB ID, category, audience and review date, under the article title. */
export default function ArticleHeader({meta}: ArticleHeaderProps): ReactNode {
  const labels = useGuideLabels(meta.guide);
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
        <dd>{labels.category(meta.category)}</dd>
      </div>
      <div>
        <dt>For</dt>
        <dd>{meta.audience.map(labels.audience).join(', ')}</dd>
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
