import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import CopyLinkButton from '@site/src/components/CopyLinkButton';
import HighlightedText from '@site/src/components/SearchHighlight';
import type {SearchHit} from '@site/src/search/types';
import {withHighlight} from '@site/src/search/highlightParam';
import styles from './styles.module.css';

export interface SearchResultsProps {
  readonly hits: readonly SearchHit[];
}

/** The short link of a hit, at its anchor: what a ticket keeps, whatever the article's path becomes. */
export function shortLink(hit: SearchHit): string {
  const hash = hit.href.indexOf('#');
  return `/kb/${hit.kbId}${hash >= 0 ? hit.href.slice(hash) : ''}`;
}

/**
 * Results in rank order; each links to the cause (or step) of its article that matched best, marking the
 * query's distinctive words there, shows the sentence that matched, and copies its link for a ticket.
 */
export default function SearchResults({hits}: SearchResultsProps): ReactNode {
  return (
    <ol className={styles.results}>
      {hits.map((hit) => (
        <li key={hit.kbId} className={styles.result}>
          <div className={styles.head}>
            <Link
              to={withHighlight(hit.href, hit.highlight)}
              data-search-result=""
              data-kb-result={hit.kbId}
              className={styles.title}
            >
              <span className={styles.kbId}>{hit.kbId}</span> {hit.title}
            </Link>
            <CopyLinkButton to={shortLink(hit)} label={`${hit.kbId}, ${hit.sectionLabel}`} className={styles.copy} />
          </div>
          <p className={styles.snippet}>
            <span className={styles.section}>{hit.sectionLabel}: </span>
            <HighlightedText parts={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
