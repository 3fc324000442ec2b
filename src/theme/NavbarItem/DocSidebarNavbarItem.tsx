import type {ReactNode} from 'react';
import {useActivePlugin, useLayoutDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type {Props} from '@theme/NavbarItem/DocSidebarNavbarItem';

/**
 * Ejected from theme-classic: a guide's navbar item is active on any page of
 * that guide's docs instance. The stock item looks the page up in the docs
 * plugin's list of every doc, which src/plugins/guideDocs removes from every
 * page's bundle (one guide has one sidebar, so the two tests agree).
 */
export default function DocSidebarNavbarItem({sidebarId, label, docsPluginId, ...props}: Props): ReactNode {
  const activePlugin = useActivePlugin({failfast: false});
  const sidebarLink = useLayoutDocsSidebar(sidebarId, docsPluginId).link;
  if (!sidebarLink) {
    throw new Error(`DocSidebarNavbarItem: Sidebar with ID "${sidebarId}" doesn't have anything to be linked to.`);
  }
  return (
    <DefaultNavbarItem
      exact
      {...props}
      isActive={() => activePlugin?.pluginId === (docsPluginId ?? 'default')}
      label={label ?? sidebarLink.label}
      to={sidebarLink.path}
    />
  );
}
