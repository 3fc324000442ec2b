import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {RouteConfig} from 'react-router-config';
import {bucketOf} from '../../src/plugins/largeGuide/runtime/bucket';
import {lazyParent, lazyRouteList, registerWindowLoaders} from '../../src/plugins/largeGuide/runtime/client';
import {versionPropsFiles, windowSidebars, type PropsSidebarItem} from '../../src/plugins/largeGuide/sidebarWindows';
import {loadWindow, windowsByLabel, withWindows, type WindowedItem} from '../../src/plugins/largeGuide/runtime/windows';

const link = (n: number): PropsSidebarItem => ({type: 'link', label: `Article ${n}`, href: `/g/a${n}`, docId: `a${n}`});
const range = (from: number, to: number): PropsSidebarItem => ({
  type: 'category',
  label: `EXM-${from} – EXM-${to}`,
  collapsed: true,
  collapsible: true,
  customProps: {kbRange: true},
  items: Array.from({length: to - from + 1}, (_, i) => link(from + i)),
});
/** A guide sidebar as the version data holds it: one group of two ranges, one small group of plain links. */
const sidebars = {
  g: [
    {type: 'category', label: 'Ordering', collapsed: true, collapsible: true, items: [range(0, 2), range(3, 5)]},
    {type: 'category', label: 'Setup', collapsed: true, collapsible: true, items: [link(6), link(7)]},
  ],
};

describe('sidebar windows: the build', () => {
  it('moves each range’s links into a window, keeping its first link for the heading', () => {
    let n = 0;
    const {sidebars: trimmed, windows} = windowSidebars(
      sidebars,
      () => true,
      () => `w${n++}`,
    );
    expect(windows.map((w) => [w.id, w.hrefs])).toEqual([
      ['w0', ['/g/a0', '/g/a1', '/g/a2']],
      ['w1', ['/g/a3', '/g/a4', '/g/a5']],
    ]);
    const [ordering, setup] = trimmed.g;
    expect(ordering.items!.map((r) => [r.customProps, r.items!.map((i) => i.href)])).toEqual([
      [{kbRange: true, kbWindow: 'w0'}, ['/g/a0']],
      [{kbRange: true, kbWindow: 'w1'}, ['/g/a3']],
    ]);
    expect(setup).toEqual(sidebars.g[1]); // a group that is no range keeps its links
    expect(JSON.stringify(trimmed)).not.toContain('/g/a4');
  });

  it('leaves a range whose articles are not all loaded apart (routes not split) as it is', () => {
    const {sidebars: trimmed, windows} = windowSidebars(
      sidebars,
      (href) => href !== '/g/a4',
      () => 'w',
    );
    expect(windows.map((w) => w.hrefs[0])).toEqual(['/g/a0']);
    expect(trimmed.g[0].items![1]).toEqual(range(3, 5));
  });

  it('leaves a range of one article whole, and reads only the version data this build imports', () => {
    const {windows} = windowSidebars(
      {g: [range(8, 8)]},
      () => true,
      () => 'w',
    );
    expect(windows).toEqual([]);

    // .docusaurus keeps an earlier build's files, such as a renamed guide's: only the registry's count.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-windows-'));
    try {
      const props = {version: {docs: {}, docsSidebars: sidebars}};
      for (const instance of ['exm', 'old-exm']) {
        const p = path.join(dir, 'docusaurus-plugin-content-docs', instance, 'p');
        fs.mkdirSync(p, {recursive: true});
        fs.writeFileSync(path.join(p, 'g-123.json'), JSON.stringify(props));
      }
      const registry = `  "x": [() => import("@generated/docusaurus-plugin-content-docs/exm/p/g-123.json"), "@generated/docusaurus-plugin-content-docs/exm/p/g-123.json"],`;
      expect(versionPropsFiles(dir, registry).map((f) => f.request)).toEqual([
        '@generated/docusaurus-plugin-content-docs/exm/p/g-123.json',
      ]);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('sidebar windows: in the browser', () => {
  const realWindow = globalThis.window;
  afterEach(() => {
    globalThis.window = realWindow;
  });

  it('the page’s own window loads with its article, before the first render, and fills its range', async () => {
    let n = 0;
    const {sidebars: trimmed, windows} = windowSidebars(
      sidebars,
      () => true,
      () => `t${n++}`,
    );
    const loads: string[] = [];
    registerWindowLoaders(
      Object.fromEntries(windows.map((w) => [w.id, async () => (loads.push(w.id), {default: w.items})])),
    );
    const leaf = (p: string): RouteConfig => ({
      path: p,
      exact: true,
      component: Object.assign(() => null, {preload: async () => undefined}),
    });
    const paths = Array.from({length: 8}, (_, i) => `/g/a${i}`);
    const list = lazyRouteList('/g', [
      async () => ({
        default: paths.map(leaf),
        windows: Object.fromEntries(windows.flatMap((w) => w.hrefs.map((h) => [h, w.id]))),
      }),
    ]);
    const parent = lazyParent(
      Object.assign(() => null, {preload: async () => undefined}),
      list,
    );
    globalThis.window = {location: {pathname: '/g/a4'}} as Window & typeof globalThis;
    expect(bucketOf('/g/a4', 1)).toBe(0);
    await parent.preload!();
    expect(loads).toEqual(['t1']);

    // What the page renders with: the version data plus the windows loaded so far.
    const loaded = new Map([['t1', windows[1].items as readonly WindowedItem[]]]);
    const version = withWindows({docsSidebars: trimmed}, loaded);
    const [first, second] = version.docsSidebars.g[0].items!;
    expect(first.items!.length).toBe(1);
    expect(second.items!.map((i) => (i as PropsSidebarItem).href)).toEqual(['/g/a3', '/g/a4', '/g/a5']);

    // Another range loads on demand, once, found by its heading's label.
    const id = windowsByLabel({docsSidebars: trimmed}).get('EXM-0 – EXM-2');
    expect(id).toBe('t0');
    await Promise.all([loadWindow(id), loadWindow(id)]);
    expect(loads).toEqual(['t1', 't0']);
    await loadWindow('no such window'); // an unknown window loads nothing, and does not fail
  });
});
