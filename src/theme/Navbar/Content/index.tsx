/**
 * The theme's navbar content (theme-classic Navbar/Content), changed for
 * phones: the theme toggle stays in the bar at every width (the theme hides
 * it below 997 px, leaving it only in the menu), the search box takes the
 * room left beside the brand instead of floating over it, and the controls
 * that need JavaScript (menu button, theme toggle) are hidden until the page
 * is interactive (src/css/custom.css, data-requires-js).
 */
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {ErrorCauseBoundary, ThemeClassNames, useThemeConfig} from '@docusaurus/theme-common';
import NavbarItem, {type Props as NavbarItemConfig} from '@theme/NavbarItem';
import NavbarColorModeToggle from '@theme/Navbar/ColorModeToggle';
import SearchBar from '@theme/SearchBar';
import NavbarMobileSidebarToggle from '@theme/Navbar/MobileSidebar/Toggle';
import NavbarLogo from '@theme/Navbar/Logo';
import styles from './styles.module.css';

export interface NavbarItemsProps {
  readonly items: readonly NavbarItemConfig[];
}

function NavbarItems({items}: NavbarItemsProps): ReactNode {
  return items.map((item, i) => (
    <ErrorCauseBoundary
      key={i}
      onError={(error) =>
        new Error(`A navbar item failed to render; check themeConfig.navbar.items: ${JSON.stringify(item)}`, {
          cause: error,
        })
      }
    >
      <NavbarItem {...item} />
    </ErrorCauseBoundary>
  ));
}

/** Items go right unless they say left, as the theme places them. */
const isLeft = (item: NavbarItemConfig) => item.position === 'left';

export default function NavbarContent(): ReactNode {
  const items = useThemeConfig().navbar.items as NavbarItemConfig[];
  // The search box is placed here, last and sized for the bar, whether or not the config lists it as an item.
  const shown = items.filter((item) => item.type !== 'search');
  const [leftItems, rightItems] = [shown.filter(isLeft), shown.filter((item) => !isLeft(item))];
  // The phone menu holds the navbar's items (and a doc page's sidebar): the theme disables it only for a site
  // with no navbar item and no sidebar, which this site never is (the config always lists its guides' pages).
  const hasMenu = items.length > 0;
  return (
    <div className={clsx('navbar__inner', styles.inner)}>
      <div className={clsx(ThemeClassNames.layout.navbar.containerLeft, 'navbar__items', styles.left)}>
        {hasMenu ? (
          <span data-requires-js="" className={styles.menuToggle}>
            <NavbarMobileSidebarToggle />
          </span>
        ) : null}
        <NavbarLogo />
        <NavbarItems items={leftItems} />
      </div>
      <div
        className={clsx(
          ThemeClassNames.layout.navbar.containerRight,
          'navbar__items navbar__items--right',
          styles.right,
        )}
      >
        <NavbarItems items={rightItems} />
        <span data-requires-js="" className={styles.colorModeToggle}>
          <NavbarColorModeToggle />
        </span>
        <div className={styles.search}>
          <SearchBar />
        </div>
      </div>
    </div>
  );
}
