import type {ReactNode} from 'react';
import named from '@site/docs/amz/named.json';

/** The guide's list (AMZ-007), kept with the guide's other place data in docs/amz/named.json. */
export const supportedDomains: readonly {readonly domain: string; readonly country: string}[] = named.data.supported;

export interface SupportedDomainsProps {
  readonly className?: string;
}

/** The supported domains as a table, from the one list in docs/amz/named.json. */
export default function SupportedDomains({className}: SupportedDomainsProps): ReactNode {
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
        {supportedDomains.map((d) => (
          <tr key={d.domain}>
            <td>{d.domain}</td>
            <td>{d.country}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
