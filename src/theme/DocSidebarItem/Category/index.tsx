import type {ReactNode} from 'react';
import Category from '@theme-original/DocSidebarItem/Category';
import type CategoryType from '@theme/DocSidebarItem/Category';
import type {WrapperProps} from '@docusaurus/types';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {isActiveSidebarItem} from '@docusaurus/plugin-content-docs/client';

type Props = WrapperProps<typeof CategoryType>;

/**
 * Wrapped for the ranges of a large group (src/build/sidebar.ts) without
 * JavaScript. A closed range's heading links to its first article, which
 * works; the open one, holding the page, would be a toggle that does nothing
 * on its first article's page (its link is that page). In the server's HTML, and in
 * the render that hydrates it, the open range is a plain heading, as an open
 * group of a small guide is; once the page runs, it is a toggle again.
 */
export default function CategoryWrapper(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const {item, activePath} = props;
  const plain =
    !isBrowser && item.collapsible && item.customProps?.kbRange === true && isActiveSidebarItem(item, activePath);
  return <Category {...props} item={plain ? {...item, collapsible: false} : item} />;
}
