/**
 * What /search?q=…&guide=… asks for, read the same way by the page
 * (src/pages/search.tsx) and by the client module that starts its search
 * before the page hydrates (src/clientModules/searchEarly.ts), so both ask
 * the engine the same question and share its downloads.
 */

/**
 * Results shown at first, and added by "Show more". Each shown result costs one
 * small request (its record), so ten come up sooner than twenty, and a reader
 * pasting an error looks at the first few.
 */
export const searchPageSize = 10;

export interface SearchPageState {
  /** The query as the URL holds it (the field shows it untrimmed). */
  readonly query: string;
  /** A guide id the site has, or "" for every guide. */
  readonly guide: string;
}

/** Reads `location.search`; an unknown guide (an old or hand-edited link) searches every guide rather than nothing. */
export function readSearchPageState(search: string, guides: readonly {readonly id: string}[]): SearchPageState {
  const params = new URLSearchParams(search);
  const requested = params.get('guide') ?? '';
  return {query: params.get('q') ?? '', guide: guides.some((g) => g.id === requested) ? requested : ''};
}
