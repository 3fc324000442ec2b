import {shortLink} from '../kb/ids';
import type {ArticleRecord} from '../kb/types';

export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/**
 * Every redirect the site defines, without the base URL: the short links
 * (upper and lower case; other casings are caught by the not-found page and
 * by the server's case-insensitive rule) and the former slugs of renamed
 * pages. One source for the redirect pages, _redirects and nginx.
 */
export function siteRedirects(articles: readonly ArticleRecord[]): Redirect[] {
  return articles.flatMap((a) => [
    {from: shortLink(a.kbId), to: a.permalink},
    {from: shortLink(a.kbId.toLowerCase()), to: a.permalink},
    ...a.redirectFrom.map((from) => ({from, to: a.permalink})),
  ]);
}
