import type {KeyboardEvent, MouseEvent, ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';

export interface MoreRangesProps {
  /** How many ranges the link stands for. */
  readonly count: number;
  /** Their first and last KB IDs, e.g. "AMZ-001" and "AMZ-180". */
  readonly firstId: string;
  readonly lastId: string;
  /** The first article of the nearest one: where the link goes without JavaScript, or in a new tab. */
  readonly href: string | undefined;
  /** The sidebar's, for the level's links: -1 while the level is closed. */
  readonly tabIndex?: number;
  /** Lists every range of the level in place; `list` is the level's list element. */
  readonly onShow: (list: HTMLElement | null) => void;
}

/**
 * Stands for the ranges of a sidebar level the page does not list. Without
 * JavaScript it is a link to the nearest one's first article, whose page
 * lists that range; once the page runs, it is a button that lists them all
 * here (a modified click still opens the link). A plain <a>, not Docusaurus'
 * Link: that one prefetches the article of a link in view, which this one
 * seldom opens.
 */
export default function MoreRanges({count, firstId, lastId, href, tabIndex, onShow}: MoreRangesProps): ReactNode {
  const isBrowser = useIsBrowser();
  const show = (e: MouseEvent<HTMLAnchorElement> | KeyboardEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    onShow(e.currentTarget.closest('ul'));
  };
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) show(e);
  };
  // A button answers Space as well as Enter (a link only Enter).
  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>) => {
    if (e.key === ' ') show(e);
  };
  return (
    <li className="menu__list-item" data-more-ranges={count}>
      <a
        className="menu__link"
        href={href}
        tabIndex={tabIndex}
        onClick={isBrowser ? onClick : undefined}
        onKeyDown={isBrowser ? onKeyDown : undefined}
        role={isBrowser ? 'button' : undefined}
      >
        {`${count} more: ${firstId} – ${lastId}`}
      </a>
    </li>
  );
}
