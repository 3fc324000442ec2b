/**
 * Sidebar windows, build side: the links of a guide's closed ranges leave
 * the browser's copy of its sidebar. Build-only.
 *
 * A guide's sidebar reaches every one of its pages in the docs version data,
 * growing with the guide, almost all of it the links of closed ranges ("AMZ-031 – AMZ-060", src/build/sidebar.ts) that a page
 * shows only when the reader opens them. In the browser's copy each such
 * range keeps its first link (its heading's link without JavaScript) and
 * names its window, a module of its links. The route bucket of each article
 * (split.ts) names the window its page opens, and the guide's route loads
 * it with the article, before the page renders (client.ts), so the page
 * renders as the server rendered it; another range's window loads when the
 * reader points at or opens it (src/theme/DocVersionRoot). Only ranges whose
 * articles are all in split route lists get windows.
 */
import fs from 'node:fs';
import path from 'node:path';
import {isVersionProps, type VersionProps} from './slim';

/** A sidebar item as the docs plugin's version data holds it (the part read here). */
export interface PropsSidebarItem {
  readonly type: string;
  readonly href?: string;
  readonly items?: readonly PropsSidebarItem[];
  readonly customProps?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

export interface SidebarWindow {
  /** Unique in the build: names the window's module. */
  readonly id: string;
  /** The range's links, as the version data had them. */
  readonly items: readonly PropsSidebarItem[];
  /** The article paths the range links to. */
  readonly hrefs: readonly string[];
}

/** A range whose links may move into a window: marked by the sidebar generator, links only. */
const isWindowable = (item: PropsSidebarItem): boolean =>
  item.type === 'category' &&
  item.customProps?.kbRange === true &&
  // A range of one article saves nothing.
  (item.items?.length ?? 0) > 1 &&
  item.items!.every((i) => i.type === 'link' && typeof i.href === 'string');

/**
 * The windows of one docs version's sidebars, and the sidebars without their
 * links, for the ranges whose every link `inWindow` accepts. `nextId` numbers
 * windows across versions.
 */
export function windowSidebars(
  sidebars: Readonly<Record<string, readonly PropsSidebarItem[]>>,
  inWindow: (href: string) => boolean,
  nextId: () => string,
): {sidebars: Record<string, PropsSidebarItem[]>; windows: SidebarWindow[]} {
  const windows: SidebarWindow[] = [];
  const trim = (item: PropsSidebarItem): PropsSidebarItem => {
    if (isWindowable(item) && item.items!.every((i) => inWindow(i.href!))) {
      const id = nextId();
      windows.push({id, items: item.items!, hrefs: item.items!.map((i) => i.href!)});
      return {...item, items: [item.items![0]], customProps: {...item.customProps, kbWindow: id}};
    }
    return item.items ? {...item, items: item.items.map(trim)} : item;
  };
  const out: Record<string, PropsSidebarItem[]> = {};
  for (const [name, items] of Object.entries(sidebars)) out[name] = items.map(trim);
  return {sidebars: out, windows};
}

/** A docs version's route props module, as the docs plugin writes it into the generated folder. */
export interface VersionPropsFile {
  /** The import request Docusaurus' registry uses for it (what an alias replaces). */
  readonly request: string;
  readonly file: string;
  readonly props: VersionProps & {
    readonly version: {readonly docsSidebars: Readonly<Record<string, readonly PropsSidebarItem[]>>};
  };
}

const docsDataDir = 'docusaurus-plugin-content-docs';

/**
 * Every docs version props module of the build
 * (`.docusaurus/docusaurus-plugin-content-docs/<instance>/p/*.json`) that
 * `registrySource` (.docusaurus/registry.js) imports: the folder keeps the
 * files of earlier builds, such as a renamed guide's, which must not lend
 * their windows to this one.
 */
export function versionPropsFiles(generatedDir: string, registrySource: string): VersionPropsFile[] {
  const root = path.join(generatedDir, docsDataDir);
  const found: VersionPropsFile[] = [];
  for (const instance of fs.existsSync(root) ? fs.readdirSync(root).sort() : []) {
    const propsDir = path.join(root, instance, 'p');
    for (const name of fs.existsSync(propsDir) ? fs.readdirSync(propsDir).sort() : []) {
      if (!name.endsWith('.json')) continue;
      const request = `@generated/${docsDataDir}/${instance}/p/${name}`;
      if (!registrySource.includes(`"${request}"`)) continue;
      const file = path.join(propsDir, name);
      const props: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (!isVersionProps(props)) continue;
      found.push({
        request,
        file,
        props: props as unknown as VersionPropsFile['props'],
      });
    }
  }
  return found;
}
