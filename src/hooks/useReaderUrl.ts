import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {useArticlePageData} from '@site/src/components/ArticlePage/context';

/**
 * The full URL of the current page (path with the base URL) as the reader
 * sees it, for links people copy or mail: a link copied on a preview, an
 * intranet host or localhost must open where it was copied, not at a
 * configured host that may not exist. Canonical, og and sitemap URLs keep
 * SITE_URL. The server render (and so a page without JavaScript) has no
 * reader origin: it uses SITE_URL when one was set, else the path alone
 * (the placeholder host of an unset SITE_URL exists nowhere).
 */
export function useReaderUrl(): string {
  const {pathname} = useLocation();
  return `${useReaderOrigin()}${pathname}`;
}

function useReaderOrigin(): string {
  const {siteConfig} = useDocusaurusContext();
  return useIsBrowser() ? window.location.origin : siteConfig.customFields?.siteUrlSet ? siteConfig.url : '';
}

/** The full URL of a site path ("/kb/AMZ-003#step-1"), base URL added, on the reader's origin as above. */
export function useReaderSiteUrl(): (path: string) => string {
  const origin = useReaderOrigin();
  const {withBaseUrl} = useBaseUrlUtils();
  return (path) => `${origin}${withBaseUrl(path)}`;
}

/**
 * The link a reader copies for a ticket: on an article, its short link (/kb/AMZ-003), which survives a
 * renamed slug as the article's path does not; elsewhere, the page's URL. On the reader's origin.
 */
export function useTicketUrl(): string {
  const page = useReaderUrl();
  const siteUrl = useReaderSiteUrl();
  const article = useArticlePageData();
  return article ? siteUrl(`/kb/${article.kbId}`) : page;
}
