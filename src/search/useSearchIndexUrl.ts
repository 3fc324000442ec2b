import useBaseUrl from '@docusaurus/useBaseUrl';

import {useKbGlobalData, type GuideSummary} from '../kb/globalData';

/** A guide as search offers it (the "Guide" filter of /search). */
export type SearchGuide = Pick<GuideSummary, 'id' | 'title' | 'prefix'>;

/** URL of the search index folder, with the site's base URL and a trailing slash. */
export function useSearchIndexUrl(): string {
  return useBaseUrl(useKbGlobalData().searchIndex, {forcePrependBaseUrl: true});
}

/** The guides search can filter on, in registry order. */
export function useSearchGuides(): readonly SearchGuide[] {
  return useKbGlobalData().guides;
}
