import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import SupportedDomains from '@site/src/components/SupportedDomains';
import DomainAnswer from '@site/src/components/DomainAnswer';
import {supportedDomains} from '@site/src/guides/amz/supportedDomains';

// The guide's words (AMZ-007), quoted here and in the copied answer.
const note = 'Using an Amazon PunchOut domain outside of your physical region will incur international shipping costs.';

/**
 * /tools/amazon-domains[?q=switzerland]: whether a country or Amazon domain is supported, as a link for a
 * ticket, then the supported domains from the same data as AMZ-007.
 */
export default function AmazonDomainsPage(): ReactNode {
  return (
    <Layout
      title="Supported Amazon domains"
      description="Whether your country's Amazon domain is supported for the Amazon Business PunchOut integration, and the domains Procurify supports."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Supported Amazon domains</Heading>
        <p>
          Procurify only supports specific regional domains for the PunchOut integration. Select one of these when you
          set up the integration (
          <Link to="/articles/missing-regional-domains">AMZ-007: Missing regional domains during setup</Link>).
        </p>
        <DomainAnswer kbId="AMZ-007" anchor="step-1" title="Missing regional domains during setup" note={note} />
        <SupportedDomains domains={supportedDomains} />
        <p>
          <strong>Note:</strong> {note}
        </p>
      </main>
    </Layout>
  );
}
