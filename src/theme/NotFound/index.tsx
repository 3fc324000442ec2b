import {useEffect, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useLocation} from '@docusaurus/router';
import {PageMetadata} from '@docusaurus/theme-common';
import Layout from '@theme/Layout';
import {shortLinkTarget} from '@site/src/kb/shortLinkCase';
import {useKbGlobalData} from '@site/src/hooks/useKbGlobalData';
import styles from './styles.module.css';

/**
 * The not-found page (theme-classic's NotFound, ejected: safe to swizzle).
 * Short links pasted in another letter case (/kb/Amz-003) are sent on to the
 * canonical short link, which redirects to the article; everything else gets
 * a search box and the ways in.
 */
export default function NotFound(): ReactNode {
  return (
    <>
      <PageMetadata title="Page Not Found" />
      <Layout>
        <NotFoundContent />
      </Layout>
    </>
  );
}

function NotFoundContent(): ReactNode {
  const {pathname} = useLocation();
  const base = useBaseUrl('/');
  const searchPage = useBaseUrl('/search');
  const {guides} = useKbGlobalData();

  useEffect(() => {
    const target = shortLinkTarget(pathname, base);
    if (target) window.location.replace(target);
  }, [pathname, base]);

  return (
    <main className="container margin-vert--xl">
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">Page not found</Heading>
          <p>
            This address does not match an article. If you followed a link from a ticket, search for the error or status
            text you see, or look it up in the symptom index.
          </p>
          <form role="search" aria-label="Search the articles" action={searchPage} method="get">
            <label htmlFor="not-found-search">Search the knowledge base</label>
            <div className={styles.searchRow}>
              <input id="not-found-search" name="q" type="search" className={clsx('kb-search-input', styles.input)} />
              <button type="submit" className="button button--primary">
                Search
              </button>
            </div>
          </form>
          <ul>
            <li>
              <Link to="/symptoms">Symptom index</Link>
            </li>
            <li>
              <Link to="/troubleshoot">Troubleshooter</Link>
            </li>
            {guides.map((g) => (
              <li key={g.id}>
                <Link to={g.index}>{guides.length === 1 ? 'All articles' : `${g.title}: all articles`}</Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </main>
  );
}
