import type {ReactNode} from 'react';
import {useArticlePageData} from '@site/src/components/ArticlePage/context';

export interface SupportedDomain {
  readonly domain: string;
  readonly country: string;
}

export interface SupportedDomainsProps {
  /** The list; in an article, the page data's (the guide's one list, docs/amz/named.json, exported with AMZ-007). */
  readonly domains?: readonly SupportedDomain[];
  readonly className?: string;
}

/**
 * The supported domains as a table, from the one list in docs/amz/named.json. In an article the list
 * comes with the page's data, so no other article's page carries the guide's table of places.
 */
export default function SupportedDomains({domains, className}: SupportedDomainsProps): ReactNode {
  const page = useArticlePageData();
  const list = domains ?? (page?.named?.supported as readonly SupportedDomain[] | undefined);
  if (!list)
    throw new Error(
      `<SupportedDomains>: expected the supported domains (data.supported of the guide's named.json, on the article it names), received none on ${page ? page.kbId : 'a page that is not an article'}`,
    );
  return (
    <table className={className} data-supported-domains="">
      <caption>Amazon domains supported for the PunchOut integration</caption>
      <thead>
        <tr>
          <th scope="col">Domain</th>
          <th scope="col">Country</th>
        </tr>
      </thead>
      <tbody>
        {list.map((d) => (
          <tr key={d.domain}>
            <td>{d.domain}</td>
            <td>{d.country}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
