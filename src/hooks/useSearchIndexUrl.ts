import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {useKbGlobalData, type GuideSummary} from './useKbGlobalData';

/** A guide as search offers it (the "Guide" filter of /search). */
export type SearchGuide = Pick<GuideSummary, 'id' | 'title' | 'prefix'>;

/**
 * URL of the search index folder, with the site's base URL and a trailing
 * slash. One function for the hook and for code outside React (a client
 * module), since the engine is shared by URL: two spellings would load it twice.
 */
export function searchIndexUrl(baseUrl: string, searchIndex: string): string {
  return baseUrl + searchIndex.replace(/^\//, '');
}

export function useSearchIndexUrl(): string {
  return searchIndexUrl(useDocusaurusContext().siteConfig.baseUrl, useKbGlobalData().searchIndex);
}

/** The guides search can filter on, in registry order. */
export function useSearchGuides(): readonly SearchGuide[] {
  return useKbGlobalData().guides;
}
