import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import SupportedDomains from '@site/src/components/SupportedDomains';

/** /tools/amazon-domains: the supported domains on a page of their own, from the same data as AMZ-007. */
export default function AmazonDomainsPage(): ReactNode {
  return (
    <Layout
      title="Supported Amazon domains"
      description="The Amazon domains Procurify supports for the Amazon Business PunchOut integration."
    >
      <main className="container margin-vert--lg">
        <Heading as="h1">Supported Amazon domains</Heading>
        <p>
          Procurify only supports specific regional domains for the PunchOut integration. Select one of these when you
          set up the integration (
          <Link to="/articles/missing-regional-domains">AMZ-007: Missing regional domains during setup</Link>).
        </p>
        <SupportedDomains />
        <p>
          <strong>Note:</strong> Using an Amazon PunchOut domain outside of your physical region will incur
          international shipping costs.
        </p>
      </main>
    </Layout>
  );
}
