import useBaseUrl from '@docusaurus/useBaseUrl';

import {useKbGlobalData, type GuideSummary} from '../kb/globalData';

/** A guide as search offers it (the "Guide" filter of /search). */
export type SearchGuide = Pick<GuideSummary, 'id' | 'title' | 'prefix'>;

/** URL of the search index folder, with the site's base URL and a trailing slash. */
export function useSearchIndexUrl(): string {
  return useBaseUrl(useKbGlobalData().searchIndex, {forcePrependBaseUrl: true});
}

/** The same URL outside React (a client module): what useBaseUrl's forcePrependBaseUrl does. */
export function searchIndexUrl(baseUrl: string, searchIndex: string): string {
  return baseUrl + searchIndex.replace(/^\//, '');
}

/** The guides search can filter on, in registry order. */
export function useSearchGuides(): readonly SearchGuide[] {
  return useKbGlobalData().guides;
}
