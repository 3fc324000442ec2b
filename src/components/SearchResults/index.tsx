import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import HighlightedText from '@site/src/components/SearchHighlight';
import type {SearchHit} from '@site/src/search/types';
import {withHighlight} from '@site/src/search/highlightParam';
import styles from './styles.module.css';

export interface SearchResultsProps {
  readonly hits: readonly SearchHit[];
}

/** Results in rank order; each links to the article or the section that matched, marking the query's distinctive words there. */
export default function SearchResults({hits}: SearchResultsProps): ReactNode {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.kbId} className={styles.result}>
          <Link
            to={withHighlight(hit.href, hit.highlight)}
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
