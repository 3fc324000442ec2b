import type {ReactNode} from 'react';
import {supportedDomains} from '@site/src/kb/domains';

export interface SupportedDomainsProps {
  readonly className?: string;
}

/** The supported domains as a table, from the one list in src/kb/domains.ts. */
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
