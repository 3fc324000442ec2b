import {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import SearchResults from '@site/src/components/SearchResults';
import {loadSearchEngine} from '@site/src/search/client';
import type {SearchEngine} from '@site/src/search/engine';

/**
 * /search?q=…: a results page whose URL can be pasted into a ticket. The URL
 * is the state: the query is read from it once hydrated (the server HTML has
 * none) and written back as the reader types. It is only rendered as text.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const isBrowser = useIsBrowser();
  const query = isBrowser ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const trimmed = query.trim();
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!trimmed || engine) return;
    loadSearchEngine().then(setEngine, () => setFailed(true));
  }, [trimmed, engine]);

  const hits = useMemo(() => (engine && trimmed ? engine.search(trimmed, 20) : null), [engine, trimmed]);
  const status = !trimmed ? 'idle' : hits ? 'done' : failed ? 'error' : 'loading';

  function onChange(value: string) {
    history.replace({pathname: location.pathname, search: value ? `?q=${encodeURIComponent(value)}` : ''});
  }

  return (
    <Layout
      title={trimmed ? `Search: ${trimmed.slice(0, 60)}` : 'Search'}
      description="Search the PunchOut knowledge base."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Search</Heading>
        <form
          role="search"
          aria-label="Search the articles"
          action=""
          method="get"
          onSubmit={(e) => e.preventDefault()}
        >
          <label htmlFor={inputId}>Paste the error or status text you see</label>
          <div>
            <input
              id={inputId}
              name="q"
              type="search"
              className="kb-search-input"
              data-search-page-input=""
              value={query}
              onChange={(e) => onChange(e.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
        </form>
        <noscript>
          <p>
            Search runs in your browser and needs JavaScript. Without it, look up what you see in the{' '}
            <Link to="/symptoms">symptom index</Link> or browse <Link to="/">all articles</Link>.
          </p>
        </noscript>
        <div aria-live="polite" data-search-status={status}>
          {status === 'loading' ? <p>Loading the search index…</p> : null}
          {status === 'error' ? (
            <p role="alert">The search index could not be loaded. Reload the page to try again.</p>
          ) : null}
          {hits ? (
            <p>
              {hits.length === 0 ? 'No article matches ' : `${hits.length} article${hits.length === 1 ? '' : 's'} for `}
              <q>{trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed}</q>.
            </p>
          ) : null}
        </div>
        {hits && hits.length > 0 ? <SearchResults query={trimmed} hits={hits} /> : null}
        {hits && hits.length === 0 ? (
          <p>
            Try fewer or other words, the <Link to="/symptoms">symptom index</Link> or the{' '}
            <Link to="/troubleshoot">troubleshooter</Link>.
          </p>
        ) : null}
      </main>
    </Layout>
  );
}
