import {shortLink} from '../kb/ids';
import type {ArticleRecord} from '../kb/types';
import {loadedKnowledgeBase} from './store';

export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/**
 * Every redirect the site defines, without the base URL: the short links
 * (upper and lower case; other casings are caught by the not-found page and
 * by the server's case-insensitive rule) and the former slugs of renamed
 * pages. One source for the client redirects, _redirects and nginx.
 */
export function siteRedirects(articles: readonly ArticleRecord[]): Redirect[] {
  return articles.flatMap((a) => [
    {from: shortLink(a.kbId), to: a.permalink},
    {from: shortLink(a.kbId.toLowerCase()), to: a.permalink},
    ...a.redirectFrom.map((from) => ({from, to: a.permalink})),
  ]);
}

let index: {articles: readonly ArticleRecord[]; froms: Map<string, string[]>} | undefined;

/**
 * The client-redirects plugin's createRedirects: the paths that redirect to
 * an existing page. Reads the articles the kb plugin loaded (that plugin
 * runs before redirect pages are written), indexed once per load.
 */
export function redirectsTo(existingPath: string): string[] {
  const {articles} = loadedKnowledgeBase();
  if (index?.articles !== articles) {
    const froms = new Map<string, string[]>();
    for (const r of siteRedirects(articles)) froms.set(r.to, [...(froms.get(r.to) ?? []), r.from]);
    index = {articles, froms};
  }
  return index.froms.get(existingPath) ?? [];
}
