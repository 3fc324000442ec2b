import {compareKbIds} from '../kb/ids';
import type {Guide} from '../kb/types';

/** What the docs plugin hands a sidebar generator of each doc (the part we read). */
export interface Doc {
  readonly id: string;
  readonly frontMatter: Record<string, unknown>;
}

/** Past this many articles a group is split into ranges, so a page lists at most this many links of it. */
export const maxGroupSize = 50;
/** Past this many articles in a guide, groups start closed. */
export const openGroupsUpTo = 30;

export type SidebarItem =
  | {type: 'doc'; id: string}
  | {type: 'category'; label: string; collapsible: true; collapsed: boolean; items: SidebarItem[]};

/**
 * A guide's sidebar, from the docs the docs plugin read (no second load):
 * one group per category in the guide's order, articles in KB ID order.
 * A group larger than maxGroupSize becomes ranges ("AMZ-051 – AMZ-100"), so
 * the page of an article renders a few dozen links, not the whole guide:
 * closed groups render no links at all.
 */
export function guideSidebarItems(guide: Guide, docs: readonly Doc[]): SidebarItem[] {
  const kbId = (d: Doc) => String(d.frontMatter.kb_id ?? '');
  const sorted = [...docs].sort((a, b) => compareKbIds(kbId(a), kbId(b)));
  const collapsed = docs.length > openGroupsUpTo;
  const group = (label: string, items: SidebarItem[]): SidebarItem => ({
    type: 'category',
    label,
    collapsible: true,
    collapsed,
    items,
  });
  return guide.categories
    .map((c) => {
      const inCategory = sorted.filter((d) => d.frontMatter.category === c.id);
      if (inCategory.length <= maxGroupSize) return group(c.label, inCategory.map((d) => ({type: 'doc', id: d.id})));
      const ranges: SidebarItem[] = [];
      for (let i = 0; i < inCategory.length; i += maxGroupSize) {
        const slice = inCategory.slice(i, i + maxGroupSize);
        ranges.push({
          ...group(`${kbId(slice[0])} – ${kbId(slice[slice.length - 1])}`, slice.map((d) => ({type: 'doc', id: d.id}))),
          collapsed: true,
        } as SidebarItem);
      }
      return group(c.label, ranges);
    })
    .filter((g) => g.type === 'category' && g.items.length > 0);
}
