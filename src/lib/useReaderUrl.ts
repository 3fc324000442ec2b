import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useLocation} from '@docusaurus/router';

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
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const origin = useIsBrowser() ? window.location.origin : siteConfig.customFields?.siteUrlSet ? siteConfig.url : '';
  return `${origin}${pathname}`;
}
