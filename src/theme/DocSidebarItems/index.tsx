import {memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import DocSidebarItems from '@theme-original/DocSidebarItems';
import type DocSidebarItemsType from '@theme/DocSidebarItems';
import type {WrapperProps} from '@docusaurus/types';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {findFirstSidebarItemLink, isActiveSidebarItem} from '@docusaurus/plugin-content-docs/client';
import {kbIdRangeBounds} from '@site/src/kb/ids';
import MoreRanges from './MoreRanges';
import {rangeWindow} from './rangeWindow';

type Props = WrapperProps<typeof DocSidebarItemsType>;

const isRange = (item: PropSidebarItem) => item.type === 'category' && item.customProps?.kbRange === true;
const labelOf = (item: PropSidebarItem) => (item.type === 'category' ? item.label : '');

/**
 * Wrapped for the ranges of a large group (src/build/sidebar.ts): a page
 * lists the range holding it (and its neighbours when `sidebarRangesShown`,
 * from the site's customFields, is more than one; without it, every range),
 * and a "more" link on each side stands for the rest, so the sidebar of every
 * page costs the same however large its group grows. Which ranges show
 * depends on the page only, so the first render matches the server's HTML.
 */
function DocSidebarItemsWrapper(props: Props): ReactNode {
  const {items, activePath, tabIndex} = props;
  const shown = Number(useDocusaurusContext().siteConfig.customFields?.sidebarRangesShown ?? 0);
  // Once the reader asks for every range, the level lists them all for as long as the sidebar keeps it (a closed group
  // keeps its items): moving to another article of the group keeps them listed.
  const [all, setAll] = useState(false);
  const focusAt = useRef<{list: HTMLElement; index: number} | null>(null);
  // Only a level of ranges looks for the page's range: the others (a guide's groups, a range's links) would walk
  // their whole subtree on every render for nothing.
  const windowed = !all && shown >= 1 && items.length > 0 && items.every(isRange);
  const {start, end} = windowed
    ? rangeWindow(
        items.length,
        items.findIndex((i) => isActiveSidebarItem(i, activePath)),
        shown,
      )
    : {start: 0, end: items.length};
  // The theme's list is memoised: a level listed whole gets the same array, not a copy.
  const listed = useMemo(
    () => (start === 0 && end === items.length ? items : items.slice(start, end)),
    [items, start, end],
  );

  // The focus goes where the "more" link was: to the first range it stood for.
  useEffect(() => {
    const at = focusAt.current;
    if (!all || !at) return;
    focusAt.current = null;
    const headings = at.list.querySelectorAll<HTMLElement>(':scope > li > .menu__list-item-collapsible > .menu__link');
    headings[at.index]?.focus();
  }, [all]);

  const reveal = useCallback((list: HTMLElement | null, index: number) => {
    if (list) focusAt.current = {list, index};
    setAll(true);
  }, []);
  const more = (from: number, to: number) => {
    const [firstId] = kbIdRangeBounds(labelOf(items[from]));
    const [, lastId] = kbIdRangeBounds(labelOf(items[to - 1]));
    return (
      <MoreRanges
        count={to - from}
        firstId={firstId}
        lastId={lastId}
        href={findFirstSidebarItemLink(items[from === 0 ? to - 1 : from])}
        tabIndex={tabIndex}
        onShow={(list) => reveal(list, from)}
      />
    );
  };
  // Keyed by the first range listed, so the level starts afresh when the list shifts (the page's range open, the
  // others closed), where the theme, keying by place, would give each range the state of the one before it there.
  return (
    <>
      {start > 0 && more(0, start)}
      <DocSidebarItems key={start} {...props} items={listed} />
      {end < items.length && more(end, items.length)}
    </>
  );
}

// As the original: a level re-renders only when its props change.
export default memo(DocSidebarItemsWrapper);
