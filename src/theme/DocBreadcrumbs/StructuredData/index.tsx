import type {ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import {scriptJson} from '@site/src/kb/structuredData';

/**
 * The breadcrumb JSON-LD, as the theme's, but serialized so that no label can end the script element: the
 * theme writes it with a plain JSON.stringify, and a title holding "</script>" broke out into a real inline
 * script (issue 27). The data is the docs plugin's public hook; only the serialization is ours.
 * Replaced, not wrapped: an unsafe swizzle, listed in UPGRADING.md and tested by tests/build/script-routes.test.ts.
 */
export default function DocBreadcrumbsStructuredData({breadcrumbs}: Props): ReactNode {
  const data = useBreadcrumbsStructuredData({breadcrumbs});
  return (
    <Head>
      <script type="application/ld+json">{scriptJson(data)}</script>
    </Head>
  );
}
