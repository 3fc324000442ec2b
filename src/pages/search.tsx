import {useEffect, useId, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import SearchResults from '@site/src/components/SearchResults';
import {loadSearchEngine} from '@site/src/search/client';
import type {SearchHit} from '@site/src/search/types';

type State = {status: 'idle' | 'loading' | 'error'} | {status: 'done'; hits: SearchHit[]};

/**
 * /search?q=…: a results page whose URL can be pasted into a ticket. The
 * query is read after hydration and only ever rendered as text.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({status: 'idle'});

  useEffect(() => {
    setQuery(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.search]);

  useEffect(() => {
    if (!query.trim()) {
      setState({status: 'idle'});
      return;
    }
    let current = true;
    setState((s) => (s.status === 'done' ? s : {status: 'loading'}));
    loadSearchEngine()
      .then((engine) => current && setState({status: 'done', hits: engine.search(query, 20)}))
      .catch(() => current && setState({status: 'error'}));
    return () => {
      current = false;
    };
  }, [query]);

  function onChange(value: string) {
    setQuery(value);
    history.replace({pathname: location.pathname, search: value ? `?q=${encodeURIComponent(value)}` : ''});
  }

  const trimmed = query.trim();
  return (
    <Layout title={trimmed ? `Search: ${trimmed.slice(0, 60)}` : 'Search'} description="Search the PunchOut knowledge base.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Search</Heading>
        <form role="search" aria-label="Search the articles" action="" method="get" onSubmit={(e) => e.preventDefault()}>
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
        <div aria-live="polite" data-search-status={state.status}>
          {state.status === 'loading' ? <p>Loading the search index…</p> : null}
          {state.status === 'error' ? <p role="alert">The search index could not be loaded. Reload the page to try again.</p> : null}
          {state.status === 'done' ? (
            <p>
              {state.hits.length === 0 ? 'No article matches ' : `${state.hits.length} article${state.hits.length === 1 ? '' : 's'} for `}
              <q>{trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed}</q>.
            </p>
          ) : null}
        </div>
        {state.status === 'done' && state.hits.length > 0 ? <SearchResults query={trimmed} hits={state.hits} /> : null}
        {state.status === 'done' && state.hits.length === 0 ? (
          <p>
            Try fewer or other words, the <Link to="/symptoms">symptom index</Link> or the{' '}
            <Link to="/troubleshoot">troubleshooter</Link>.
          </p>
        ) : null}
      </main>
    </Layout>
  );
}
