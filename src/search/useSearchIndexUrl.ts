import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';

/** A guide as search offers it (the "Guide" filter of /search). */
export interface SearchGuide {
  readonly id: string;
  readonly title: string;
  /** KB ID prefix, e.g. "AMZ". */
  readonly prefix: string;
}

/** What the kb plugin (src/plugins/kb) publishes with setGlobalData, for every page. */
export interface KbGlobalData {
  /** Index folder relative to the base URL: `assets/search-index/<hash>/`. */
  readonly searchIndex: string;
  readonly guides: readonly SearchGuide[];
}

function useKbGlobalData(): KbGlobalData {
  const data = usePluginData('kb-content') as Partial<KbGlobalData> | undefined;
  if (typeof data?.searchIndex !== 'string' || !Array.isArray(data.guides))
    throw new Error(
      `Plugin "kb-content" global data: expected {searchIndex: string, guides: [{id, title, prefix}]}, received ${JSON.stringify(data ?? null)?.slice(0, 200)}`,
    );
  return data as KbGlobalData;
}

/** URL of the search index folder, with the site's base URL and a trailing slash. */
export function useSearchIndexUrl(): string {
  return useBaseUrl(useKbGlobalData().searchIndex, {forcePrependBaseUrl: true});
}

/** The guides search can filter on, in registry order. */
export function useSearchGuides(): readonly SearchGuide[] {
  return useKbGlobalData().guides;
}
