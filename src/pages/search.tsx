import {useEffect, useId, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import SearchResults from '@site/src/components/SearchResults';
import NoResultHelp from '@site/src/components/NoResultHelp';
import PlaceNotice from '@site/src/components/PlaceNotice';
import {namedAnswer} from '@site/src/guides/answers';
import {useSearchEngine, useSearchHits} from '@site/src/hooks/useSearch';
import {useSearchGuides} from '@site/src/hooks/useSearchIndexUrl';
import {useSearchLog} from '@site/src/hooks/useSearchLog';
import {readSearchPageState, searchPageSize} from '@site/src/search/searchPageState';
import {queryForUrl} from '@site/src/search/query';

/** The page's state, as its URL holds it: ?q=…&guide=… */
function searchUrl(q: string, guide: string): string {
  const parts = [q && `q=${encodeURIComponent(queryForUrl(q))}`, guide && `guide=${encodeURIComponent(guide)}`].filter(
    Boolean,
  );
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * /search?q=…&guide=…: a results page whose URL can be pasted into a ticket.
 * The URL is the state: the query (and the guide filter, offered when there
 * is more than one guide) is read from it once hydrated (the server HTML has
 * none) and written back as the reader types. It is only rendered as text.
 */
export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const inputId = useId();
  const guideId = useId();
  const isBrowser = useIsBrowser();
  const guides = useSearchGuides();
  const {query, guide} = readSearchPageState(isBrowser ? location.search : '', guides);
  const trimmed = query.trim();
  const {engine, failed: engineFailed, load} = useSearchEngine();

  useEffect(() => {
    if (trimmed && !engine) load();
  }, [trimmed, engine, load]);

  // "Show more" raises the limit for this query and filter only; a new query starts again at one page.
  const [more, setMore] = useState({key: '', limit: searchPageSize});
  const key = JSON.stringify([trimmed, guide]);
  const limit = more.key === key ? more.limit : searchPageSize;
  const answer = useSearchHits(engine, trimmed, {limit, guide: guide || undefined});
  const log = useSearchLog({query: trimmed, answer, guide});
  // While more results of the same query load, the ones shown stay and count as answered.
  const growing = limit > searchPageSize && !answer.current && !answer.failed && answer.answered === trimmed;
  const status = !trimmed
    ? 'idle'
    : answer.current || growing
      ? answer.failed
        ? 'error'
        : 'done'
      : engineFailed
        ? 'error'
        : 'loading';
  const hits = trimmed ? answer.hits : [];
  // Whether the first result answers the query, is only a guess on weak words, or there is nothing.
  const state = status === 'done' ? (hits.length ? answer.state : 'none') : undefined;
  const weak = state === 'weak';
  const named = engine?.findNamed(trimmed, {guide: guide || undefined});
  const place = named ? namedAnswer(named) : undefined;
  // A place named ("Austria") and the regional-domains article first: say the answer. A place named in
  // passing, with another article first, is not what the message is about.
  const placeHit = place && !weak && hits[0]?.named ? hits[0] : undefined;

  function update(q: string, g: string) {
    history.replace({pathname: location.pathname, search: searchUrl(q, g)});
  }

  return (
    <Layout
      title={trimmed ? `Search: ${trimmed.slice(0, 60)}` : 'Search'}
      description="Search the PunchOut knowledge base."
    >
      {/* Any link followed from the results counts as opened (recorded searches: src/hooks/useSearchLog.ts). */}
      <main
        className="container margin-vert--lg"
        onClickCapture={(e) => (e.target as Element).closest('a') && log.opened()}
      >
        <Heading as="h1">Search</Heading>
        <form
          role="search"
          aria-label="Search the articles"
          action=""
          method="get"
          onSubmit={(e) => {
            e.preventDefault();
            log.submitted();
          }}
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
              onChange={(e) => update(e.target.value, guide)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          {guides.length > 1 ? (
            <div className="margin-top--sm">
              <label htmlFor={guideId}>Guide </label>
              <select
                id={guideId}
                name="guide"
                data-search-guide=""
                value={guide}
                onChange={(e) => update(query, e.target.value)}
              >
                <option value="">All guides</option>
                {guides.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </form>
        <noscript>
          <p>
            Search runs in your browser and needs JavaScript. Without it, look up what you see in the{' '}
            <Link to="/symptoms">symptom index</Link> or browse <Link to="/">all articles</Link>.
          </p>
        </noscript>
        <div aria-live="polite" data-search-status={status} data-search-state={state}>
          {status === 'loading' ? <p>Loading the search index…</p> : null}
          {status === 'error' ? (
            <p role="alert">The search index could not be loaded. Reload the page to try again.</p>
          ) : null}
          {status === 'done' && hits.length > 0 ? (
            <p>
              {answer.total} article{answer.total === 1 ? '' : 's'} for{' '}
              <q>{trimmed.length > 120 ? `${trimmed.slice(0, 120)}…` : trimmed}</q>
              {answer.total > hits.length ? `, the best ${hits.length} shown` : ''}.
            </p>
          ) : null}
          {weak ? <NoResultHelp query={trimmed} matched={answer.matched ?? []} /> : null}
          {status === 'done' && hits.length === 0 ? (
            <NoResultHelp query={trimmed} tooCommon={answer.tooCommon} />
          ) : null}
        </div>
        {status === 'done' && placeHit && place ? (
          <PlaceNotice answer={place} kbId={placeHit.kbId} href={placeHit.href} />
        ) : null}
        {hits.length > 0 && weak ? (
          <Heading as="h2" className="margin-top--lg">
            Possible matches
          </Heading>
        ) : null}
        {hits.length > 0 ? <SearchResults hits={hits} /> : null}
        {status === 'done' && answer.total > hits.length ? (
          <button
            type="button"
            className="button button--secondary"
            data-search-more=""
            disabled={growing}
            onClick={() => setMore({key, limit: hits.length + searchPageSize})}
          >
            Show {Math.min(searchPageSize, answer.total - hits.length)} more
          </button>
        ) : null}
      </main>
    </Layout>
  );
}
