import type {ReactNode} from 'react';
import type {ArticlePageData as ArticleMeta} from '@site/src/kb/pageData';
import styles from './styles.module.css';

export interface ArticleHeaderProps {
  readonly meta: ArticleMeta;
}

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
        <dd>{meta.audienceLabels.join(', ')}</dd>
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
