import {Fragment, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import {searchContactHref} from '@site/src/kb/ticket';
import {queryForUrl} from '@site/src/search/query';
import styles from './styles.module.css';

export interface NoResultHelpProps {
  /** The query nothing matched; carried to the symptom index and the support message. */
  readonly query: string;
  /** The query's words when each is in nearly every article: said, so the reader knows to add one. */
  readonly tooCommon?: readonly string[];
  /**
   * Articles matched, but only on these weak or incidental words: no answer is presented as one, the
   * words are named, and the matches are listed below as guesses.
   */
  readonly matched?: readonly string[];
  readonly className?: string;
}

const quoted = (words: readonly string[]) =>
  words.map((w, i) => `${i === 0 ? '' : i === words.length - 1 ? ' and ' : ', '}“${w}”`).join('');

/**
 * Where to go when no article matches: the symptom index with the query
 * already in its filter, the troubleshooter, and support with the query in
 * the message. Shown by the navbar box and by /search.
 */
export default function NoResultHelp({query, tooCommon, matched, className}: NoResultHelpProps): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const contact = String(siteConfig.customFields?.supportContact ?? '');
  const shown = query.length > 80 ? `${query.slice(0, 80)}…` : query;
  return (
    <div
      className={clsx(styles.help, className)}
      data-no-results={matched ? undefined : ''}
      data-weak-results={matched ? '' : undefined}
    >
      <p className={styles.title}>
        {matched ? 'No article clearly answers ' : 'No article matches '}
        <q>{shown}</q>.
      </p>
      {matched ? (
        <p className={styles.common} data-matched-on={matched.join(' ')}>
          {matched.length
            ? `The closest articles share only ${quoted(matched)} with it: they may not be about this.`
            : 'The closest articles share only a few words with it: they may not be about this.'}
        </p>
      ) : null}
      {tooCommon?.length ? (
        <p className={styles.common} data-too-common={tooCommon.join(' ')}>
          {tooCommon.map((w, i) => (
            <Fragment key={w}>
              {i === 0 ? '' : i === tooCommon.length - 1 ? ' and ' : ', '}“{w}”
            </Fragment>
          ))}{' '}
          {tooCommon.length === 1 ? 'is' : 'are'} in nearly every article, so{' '}
          {tooCommon.length === 1 ? 'it tells' : 'they tell'} none apart. Add a word from the message or status you see.
        </p>
      ) : null}
      <ul className={styles.ways}>
        <li>
          Look up what you see in the{' '}
          <Link to={`/symptoms?q=${encodeURIComponent(queryForUrl(query))}`}>symptom index</Link>
        </li>
        <li>
          Answer a few questions in the <Link to="/troubleshoot">troubleshooter</Link>
        </li>
        {contact ? (
          <li>
            Still stuck? <a href={searchContactHref(contact, query)}>Contact support</a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
