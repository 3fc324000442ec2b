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

async function startSearch(): Promise<void> {
  const {baseUrl} = siteConfig;
  if (window.location.pathname.replace(/\/$/, '') !== `${baseUrl}search`) return;
  if (!new URLSearchParams(window.location.search).get('q')?.trim()) return;
  const kb = readKbGlobalData((globalData['kb-content'] as {default?: unknown} | undefined)?.default);
  if (!kb) return; // the page reports a broken index
  // Only this page needs the search code: it loads here, not with every page.
  const [{loadSearchEngine}, {readSearchPageState, searchPageSize}, {searchIndexUrl}] = await Promise.all([
    import('../search/client'),
    import('../search/searchPageState'),
    import('../hooks/useSearchIndexUrl'),
  ]);
  const {query, guide} = readSearchPageState(window.location.search, kb.guides);
  if (!query.trim()) return;
  const engine = await loadSearchEngine(searchIndexUrl(baseUrl, kb.searchIndex));
  await engine.searchWithTotal(query.trim(), {limit: searchPageSize, guide: guide || undefined});
}

// The page's own search shows any error.
if (typeof window !== 'undefined') startSearch().catch(() => undefined);
