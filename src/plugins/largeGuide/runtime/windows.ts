/**
 * Sidebar windows, browser side (see sidebarWindows.ts): the links of the
 * closed ranges loaded so far, and a docs version's data with them put back.
 * A page's own range is loaded before the page renders (client.ts), so the
 * first render matches the server's HTML; another range loads when the
 * reader points at, focuses or opens its heading (watchRangeHeadings).
 */
import {useSyncExternalStore} from 'react';
import {speculatively} from '../../../lib/speculation';

/** A sidebar item of the version data, as far as windows go. */
export interface WindowedItem {
  readonly label?: string;
  readonly items?: readonly WindowedItem[];
  readonly customProps?: Readonly<Record<string, unknown>>;
}

/** The part of a docs version's data windows change. */
export interface WindowedVersion {
  readonly docsSidebars: Readonly<Record<string, readonly WindowedItem[]>>;
}

type WindowModule = {default: readonly WindowedItem[]};

const loaders = new Map<string, () => Promise<WindowModule>>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let loaded: ReadonlyMap<string, readonly WindowedItem[]> = new Map();

/** The build's windows (kb-lazy-routes/windows.js): id → its module's loader. */
export function registerWindowLoaders(table: Readonly<Record<string, () => Promise<WindowModule>>>): void {
  for (const [id, load] of Object.entries(table)) loaders.set(id, load);
}

/** Loads window `id` once (again after a failure); an unknown id loads nothing. */
export function loadWindow(id: string | undefined): Promise<void> {
  if (id === undefined || loaded.has(id)) return Promise.resolve();
  const load = loaders.get(id);
  if (!load) return Promise.resolve();
  let p = loading.get(id);
  if (!p) {
    p = load().then((m) => {
      loaded = new Map(loaded).set(id, m.default);
      for (const l of listeners) l();
    });
    loading.set(id, p);
    p.catch(() => loading.delete(id));
  }
  return p;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const snapshot = () => loaded;

/**
 * The windows loaded so far. The same on the server (none: its version data
 * has every link) and while hydrating, where the page's own window is
 * already in, so hydration renders what the server did.
 */
export const useSidebarWindows = (): ReadonlyMap<string, readonly WindowedItem[]> =>
  useSyncExternalStore(subscribe, snapshot, snapshot);

const windowOf = (item: WindowedItem): string | undefined => {
  const id = item.customProps?.kbWindow;
  return typeof id === 'string' ? id : undefined;
};

/** `version` with the links of each loaded window back in its range. */
export function withWindows<V extends WindowedVersion>(
  version: V,
  windows: ReadonlyMap<string, readonly WindowedItem[]>,
): V {
  if (!windows.size) return version;
  const fill = (item: WindowedItem): WindowedItem => {
    const id = windowOf(item);
    const items = id === undefined ? undefined : windows.get(id);
    if (items) return {...item, items};
    return item.items ? {...item, items: item.items.map(fill)} : item;
  };
  const docsSidebars = Object.fromEntries(
    Object.entries(version.docsSidebars).map(([name, items]) => [name, items.map(fill)]),
  );
  return {...version, docsSidebars};
}

/** Each windowed range's heading label → its window, over every sidebar of `version`. */
export function windowsByLabel(version: WindowedVersion): Map<string, string> {
  const byLabel = new Map<string, string>();
  const visit = (item: WindowedItem) => {
    const id = windowOf(item);
    if (id !== undefined && item.label) byLabel.set(item.label, id);
    item.items?.forEach(visit);
  };
  Object.values(version.docsSidebars).forEach((items) => items.forEach(visit));
  return byLabel;
}

/**
 * Loads a range's window when the reader points at, focuses or clicks its
 * heading in the sidebar (the theme renders the heading; this listens on the
 * document). A pointer or focus is a guess, as a link's prefetch is; a click
 * is not. Returns the function that stops listening.
 */
export function watchRangeHeadings(version: WindowedVersion): () => void {
  const byLabel = windowsByLabel(version);
  if (!byLabel.size) return () => undefined;
  const onEvent = (e: Event) => {
    const target = e.target instanceof Element ? e.target : null;
    const heading = target?.closest('.theme-doc-sidebar-item-category')?.querySelector('.menu__link');
    const id = heading?.textContent ? byLabel.get(heading.textContent.trim()) : undefined;
    if (id === undefined) return;
    void speculatively(() => loadWindow(id), e.type !== 'click').catch(() => undefined);
  };
  const events = ['pointerover', 'focusin', 'click'] as const;
  for (const type of events) document.addEventListener(type, onEvent, {capture: true, passive: true});
  return () => {
    for (const type of events) document.removeEventListener(type, onEvent, {capture: true});
  };
}
