/**
 * A /search?q=… link opened from a ticket: its search starts as soon as the
 * app's code runs, while the page's own chunks load and React hydrates,
 * instead of after both. The page then asks the engine the same question
 * (src/search/searchPageState.ts) and finds the index files already on their
 * way; nothing here renders or keeps a result. Any other page loads no search
 * code, as before.
 */
import siteConfig from '@generated/docusaurus.config';
import globalData from '@generated/globalData';
import {readKbGlobalData} from '../kb/globalData';
import {loadSearchEngine} from '../search/client';
import {readSearchPageState, searchPageSize} from '../search/searchPageState';
import {searchIndexUrl} from '../search/useSearchIndexUrl';

function startSearch(): void {
  const {baseUrl} = siteConfig;
  if (window.location.pathname.replace(/\/$/, '') !== `${baseUrl}search`) return;
  const kb = readKbGlobalData((globalData['kb-content'] as {default?: unknown} | undefined)?.default);
  if (!kb) return; // the page reports a broken index
  const {query, guide} = readSearchPageState(window.location.search, kb.guides);
  if (!query.trim()) return;
  loadSearchEngine(searchIndexUrl(baseUrl, kb.searchIndex))
    .then((engine) => engine.searchWithTotal(query.trim(), {limit: searchPageSize, guide: guide || undefined}))
    .catch(() => undefined); // the page's own search shows the error
}

if (typeof window !== 'undefined') startSearch();
