import {compareKbIds, kbIdRange} from '../kb/ids';
import type {Guide} from '../kb/types';

/** What the docs plugin hands a sidebar generator of each doc (the part we read). */
export interface Doc {
  readonly id: string;
  readonly frontMatter: Record<string, unknown>;
}

/**
 * Past this many articles a group is split into ranges, so a page lists at
 * most this many links of it. KB_SIDEBAR_GROUP sets another size for test
 * builds (npm run test:multi), whose generated guides are small.
 */
export const maxGroupSize = wholeNumber('KB_SIDEBAR_GROUP', process.env.KB_SIDEBAR_GROUP, 30, 2);

function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}: expected a whole number ≥ ${min}, received "${value}"`);
  return n;
}

/**
 * How many ranges of one level an article's page lists: by default its own
 * alone; the others wait behind a "more" link on each side
 * (src/theme/DocSidebarItems), so a page's sidebar stays the same size however
 * many ranges its group has. A neighbour's heading tells the reader no more
 * than the "more" link beside it (a span of KB IDs) and costs about 390 bytes
 * in every page of the group: with three listed, the total output grew ×5.03
 * for ×5 articles. KB_SIDEBAR_RANGES_SHOWN sets another number. The theme
 * reads it from the site's customFields (docusaurus.config.ts).
 */
export const rangesShown = wholeNumber('KB_SIDEBAR_RANGES_SHOWN', process.env.KB_SIDEBAR_RANGES_SHOWN, 1, 1);

/** Past this many articles in a guide, groups start closed. */
export const openGroupsUpTo = 30;

export type SidebarItem =
  | {type: 'doc'; id: string}
  | {
      type: 'category';
      label: string;
      collapsible: boolean;
      collapsed: boolean;
      items: SidebarItem[];
      /** Set on a range of a large group: its links may load apart from the page (src/plugins/largeGuide/runtime/windows.ts). */
      customProps?: {kbRange: true};
    };

/** At most this many ranges in a level; more become ranges of ranges ("AMZ-001 – AMZ-300"). */
export const maxRangesPerLevel = 10;

/**
 * A guide's sidebar, from the docs the docs plugin read: one group per
 * category in the guide's order, articles in KB ID order. (The docs plugin
 * loads in parallel with the kb plugin, so its own docs are what a sidebar
 * generator can read; the kb plugin has already checked their front matter.)
 * A group larger than maxGroupSize becomes closed ranges ("AMZ-031 –
 * AMZ-060"), nested when there are many, so an article's page renders a few
 * dozen links and headings however large its guide: closed groups render
 * no links at all.
 */
export function guideSidebarItems(guide: Guide, docs: readonly Doc[]): SidebarItem[] {
  const kbId = (d: Doc) => String(d.frontMatter.kb_id ?? '');
  const sorted = [...docs].sort((a, b) => compareKbIds(kbId(a), kbId(b)));
  // Only groups that start closed can be opened and closed: an open group of a small guide is a plain heading, not
  // a toggle that would do nothing without JavaScript (the theme gives a closed one a link to its first article).
  const category = (label: string, collapsed: boolean, items: SidebarItem[], range = false): SidebarItem => ({
    type: 'category',
    label,
    collapsible: collapsed,
    collapsed,
    items,
    ...(range ? {customProps: {kbRange: true as const}} : {}),
  });
  const ranges = (list: readonly Doc[]): SidebarItem[] => {
    if (list.length <= maxGroupSize) return list.map((d) => ({type: 'doc', id: d.id}));
    let span = maxGroupSize;
    while (Math.ceil(list.length / span) > maxRangesPerLevel) span *= maxRangesPerLevel;
    const items: SidebarItem[] = [];
    for (let i = 0; i < list.length; i += span) {
      const slice = list.slice(i, i + span);
      const [first, last] = [kbId(slice[0]), kbId(slice[slice.length - 1])];
      items.push(category(kbIdRange(first, last), true, ranges(slice), true));
    }
    return items;
  };
  const collapsed = docs.length > openGroupsUpTo;
  return guide.categories
    .map((c) => category(c.label, collapsed, ranges(sorted.filter((d) => d.frontMatter.category === c.id))))
    .filter((g) => g.type === 'category' && g.items.length > 0);
}
