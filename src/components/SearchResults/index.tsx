import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import HighlightedText from '@site/src/components/SearchHighlight';
import type {SearchHit} from '@site/src/search/types';
import {withHighlight} from '@site/src/search/highlightParam';
import styles from './styles.module.css';

export interface SearchResultsProps {
  readonly query: string;
  readonly hits: readonly SearchHit[];
}

/** Results in rank order; each links to the article or the section that matched. */
export default function SearchResults({query, hits}: SearchResultsProps): ReactNode {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.kbId} className={styles.result}>
          <Link
            to={withHighlight(hit.href, query)}
            data-search-result=""
            data-kb-result={hit.kbId}
            className={styles.title}
          >
            <span className={styles.kbId}>{hit.kbId}</span> {hit.title}
          </Link>
          <p className={styles.snippet}>
            <span className={styles.section}>{hit.sectionLabel}: </span>
            <HighlightedText parts={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
