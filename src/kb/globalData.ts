/** A guide as every page knows it: names and labels, a few hundred bytes per guide. */
export interface GuideSummary {
  readonly id: string;
  readonly title: string;
  /** KB ID prefix, e.g. "AMZ". */
  readonly prefix: string;
  /** Its article index, without the base URL: "/articles". */
  readonly index: string;
  readonly categories: readonly {readonly id: string; readonly label: string}[];
  readonly audiences: readonly {readonly id: string; readonly label: string}[];
}

/**
 * What the kb plugin (src/plugins/kb) publishes with setGlobalData. It is in
 * every page's bundle, so it holds nothing that grows with the articles.
 */
export interface KbGlobalData {
  /** Index folder relative to the base URL: `assets/search-index/<hash>/`. */
  readonly searchIndex: string;
  /** The guides that have articles, in registry order. */
  readonly guides: readonly GuideSummary[];
}

/** The kb plugin's global data as read from `@generated/globalData` or usePluginData, or undefined when malformed. */
export function readKbGlobalData(data: unknown): KbGlobalData | undefined {
  const kb = data as Partial<KbGlobalData> | undefined;
  return typeof kb?.searchIndex === 'string' && Array.isArray(kb.guides) ? (kb as KbGlobalData) : undefined;
}
