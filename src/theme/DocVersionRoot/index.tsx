import {useEffect, useMemo, type ReactNode} from 'react';
import DocVersionRoot from '@theme-original/DocVersionRoot';
import type DocVersionRootType from '@theme/DocVersionRoot';
import type {WrapperProps} from '@docusaurus/types';
import {
  useSidebarWindows,
  watchRangeHeadings,
  withWindows,
  type WindowedVersion,
} from '@site/src/plugins/largeGuide/runtime/windows';

type Props = WrapperProps<typeof DocVersionRootType>;

/**
 * Wrapped to put the links of a large guide's closed ranges back into its
 * sidebar as they load (src/plugins/largeGuide/runtime/windows.ts): the browser's
 * copy of the version data leaves them out, the server's has them all.
 */
export default function DocVersionRootWrapper(props: Props): ReactNode {
  const windows = useSidebarWindows();
  // The version data's sidebar items are the theme's types; windows read only labels, items and customProps.
  const data = props.version as unknown as WindowedVersion;
  const version = useMemo(() => withWindows(data, windows), [data, windows]) as unknown as Props['version'];
  useEffect(() => watchRangeHeadings(data), [data]);
  return <DocVersionRoot {...props} version={version} />;
}
