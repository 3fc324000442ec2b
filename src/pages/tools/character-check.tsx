import type {ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import CharacterCheck from '@site/src/components/CharacterCheck';

export default function CharacterCheckPage(): ReactNode {
  return (
    <Layout
      title="Special-character checker"
      description="Check a Procurify user name or shipping address for accents, symbols and non-standard punctuation before an Amazon PunchOut order."
    >
      <main className="container margin-vert--lg">
        <h1>Special-character checker</h1>
        <p>
          Amazon silently rejects purchase orders that contain special characters in the Procurify user name or the
          selected shipping address. This tool helps with step 3 of{' '}
          <Link to="/articles/amazon-not-receiving-orders">AMZ-008: Amazon is not receiving my orders</Link>.
        </p>
        {/* The h1 already says "Special-character checker", so the component's own heading is left out. */}
        <CharacterCheck headingLevel={2} showHeading={false} />
      </main>
    </Layout>
  );
}
