import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
// Docusaurus' own code generator, so the split reads exactly what a build writes.
import {generateRouteFiles} from '@docusaurus/core/lib/server/codegen/codegenRoutes';
import type {RouteConfig as DocusaurusRoute} from '@docusaurus/types';
import type {RouteConfig} from 'react-router-config';
import {bucketOf, normalizedRoutePath} from '../../src/plugins/largeGuide/runtime/bucket';
import {isSpeculative, speculatively} from '../../src/lib/speculation';
import {chunkAssetCode} from '../../src/plugins/largeGuide/chunkAsset';
import {lazyParent, lazyRouteList, loadRoutesFor, withPreloadTarget} from '../../src/plugins/largeGuide/runtime/client';
import {readRoutes, splitRoutes, type RouteNode} from '../../src/plugins/largeGuide/split';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-lazy-routes-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

/** A guide as the docs plugin declares it: three nested layout routes, then one leaf per article. */
function guideRoutes(base: string, articles: number): DocusaurusRoute {
  const leaves = Array.from({length: articles}, (_, i) => ({
    path: `${base}/article-${i}`,
    component: '@theme/DocItem',
    exact: true,
    modules: {content: `@site/docs/${base.slice(1)}/article-${i}.mdx`},
    sidebar: 'articles',
  }));
  const layout = (component: string, routes: DocusaurusRoute[]) => ({path: base, component, routes});
  return layout('@theme/DocsRoot', [layout('@theme/DocVersionRoot', [layout('@theme/DocRoot', leaves)])]);
}

async function generated(routes: DocusaurusRoute[]) {
  const dir = fs.mkdtempSync(path.join(tmp, 'gen-'));
  await generateRouteFiles({
    generatedFilesDir: dir,
    baseUrl: '/',
    routes: routes.map((r) => ({...r, plugin: {name: 'test', id: 'default'}})),
  });
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  return {
    routes: read('routes.js'),
    registry: read('registry.js'),
    chunkNames: JSON.parse(read('routesChunkNames.json')),
  };
}

const options = {minLeaves: 10, leavesPerBucket: 4, clientModule: 'client'};
const leavesOf = (routes: RouteNode[]): RouteNode[] =>
  routes.flatMap((r) => (r.routes ? leavesOf([...r.routes]) : [r]));

/** Runs a generated bucket module: its registry and chunk-name additions, and its routes. */
function runBucket(text: string, registry: Record<string, unknown>, chunkNames: Record<string, unknown>) {
  const body = text.replace(/^import .*$/gm, '').replace('export default [', 'return [');
  const routes = new Function('registry', 'chunkNames', 'ComponentCreator', 'require', body);
  return routes(registry, chunkNames, (...creator: string[]) => ({creator}), {resolveWeak: () => 0}) as RouteNode[];
}

describe('lazy routes: splitting the route table', () => {
  it('moves a long guide’s article routes, their chunk names and content loaders into buckets', async () => {
    const input = await generated([
      {path: '/search', component: '@site/src/pages/search', exact: true},
      guideRoutes('/articles', 30),
    ]);
    const {files, lists, movedRoutes} = splitRoutes(input, options);
    expect(lists).toBe(1);
    expect(movedRoutes).toBe(30);
    const main = files.get('routes.js')!;
    // The main table keeps the layout routes and the other pages, and no article.
    expect(main).toContain('"/search"');
    expect(main).not.toMatch(/article-\d/);
    expect(main).toContain('lazyParent(ComponentCreator("/articles"');
    const buckets = [...files.keys()].filter((f) => f.startsWith('bucket-'));
    expect(buckets).toHaveLength(Math.ceil(30 / 4));

    const registry: Record<string, unknown> = {};
    const chunkNames: Record<string, unknown> = {};
    const seen: string[] = [];
    buckets.forEach((file, j) => {
      for (const leaf of runBucket(files.get(file)!, registry, chunkNames)) {
        // Every article is in the bucket the browser will compute for its path.
        expect(bucketOf(leaf.path, buckets.length), leaf.path).toBe(j);
        expect(leaf).toMatchObject({exact: true, sidebar: 'articles'});
        seen.push(leaf.path);
      }
    });
    expect(seen.sort()).toEqual(Array.from({length: 30}, (_, i) => `/articles/article-${i}`).sort());

    // Each article's content loader left the main registry; the page component all articles share stayed.
    const mainRegistry = files.get('registry.js')!;
    expect(mainRegistry).not.toContain('article-');
    expect(Object.keys(registry)).toHaveLength(30);
    const shared = (chunkNames[Object.keys(chunkNames)[0]] as {__comp: string}).__comp;
    expect(mainRegistry).toContain(`"${shared}"`);
    // Moved loaders name no chunk, so the bundler's runtime lists none of them; the shared one keeps its name.
    for (const file of buckets) expect(files.get(file)).not.toContain('webpackChunkName');
    expect(mainRegistry).toContain(`webpackChunkName: "${shared}"`);
    expect(Object.keys(chunkNames)).toHaveLength(30);
    expect(files.get('routesChunkNames.js')).not.toContain('article-');
  });

  it('names in each bucket the sidebar window of its articles that have one, and registers the windows', async () => {
    const input = await generated([guideRoutes('/articles', 12)]);
    const asked: string[][] = [];
    const {files, movedPaths} = splitRoutes(input, {
      ...options,
      windowsFor: (moved) => {
        asked.push([...moved].sort());
        return (p) => (p === '/articles/article-3' ? 'w0' : undefined);
      },
    });
    expect(movedPaths.has('/articles/article-3')).toBe(true);
    // The windows are asked for once, knowing every article that moves.
    expect(asked).toEqual([Array.from({length: 12}, (_, i) => `/articles/article-${i}`).sort()]);
    const withWindow = [...files].filter(
      ([f, text]) => f.startsWith('bucket-') && text.includes('export const windows'),
    );
    expect(withWindow.map(([f]) => f)).toEqual([`bucket-0-${bucketOf('/articles/article-3', 3)}.js`]);
    expect(withWindow[0][1]).toContain('export const windows = {"/articles/article-3":"w0"};');
    expect(files.get('routes.js')).toContain("import windowLoaders from './windows.js';");
    expect(splitRoutes(input, options).files.get('routes.js')).not.toContain('windows.js');
  });

  it('leaves short lists in the main table', async () => {
    const input = await generated([guideRoutes('/articles', 9)]);
    const {files, lists} = splitRoutes(input, options);
    expect(lists).toBe(0);
    const leaves = leavesOf(readRoutes(files.get('routes.js')!)).filter((r) => r.path !== '*'); // '*': the 404 route
    expect(leaves).toHaveLength(9);
  });

  it('names the file and what it expected when the generated code is not what it reads', async () => {
    const input = await generated([guideRoutes('/articles', 12)]);
    expect(() => splitRoutes({...input, routes: 'module.exports = []'}, options)).toThrow(
      /\.docusaurus\/routes\.js: expected `export default \[`/,
    );
    expect(() =>
      splitRoutes(
        {...input, registry: input.registry.replace('export default {\n', 'export default {\nconst x = 1;\n')},
        options,
      ),
    ).toThrow(/\.docusaurus\/registry\.js: expected one .* entry per line, received "const x = 1;"/);
  });
});

describe('lazy routes: buckets', () => {
  it('puts a path in one bucket whatever its letter case, trailing slash or escaping', () => {
    expect(normalizedRoutePath('/Articles/Order%20Cancelled/')).toBe('/articles/order cancelled');
    expect(normalizedRoutePath('/')).toBe('/');
    for (const count of [1, 3, 64]) {
      const b = bucketOf('/articles/order-cancelled', count);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(count);
      expect(bucketOf('/ARTICLES/order-cancelled/', count)).toBe(b);
    }
    expect(bucketOf('/articles/%E0%A4%A', 8)).toBeLessThan(8); // a malformed escape is hashed as it came
    expect(() => bucketOf('/x', 0)).toThrow('expected a bucket count ≥ 1, received 0');
  });

  it('spreads a guide’s articles over its buckets', () => {
    const counts = new Array(8).fill(0);
    for (let i = 0; i < 800; i++) counts[bucketOf(`/articles/article-${i}`, 8)]++;
    expect(Math.min(...counts)).toBeGreaterThan(50);
  });
});

describe('lazy routes: in the browser', () => {
  const realWindow = globalThis.window;
  afterEach(() => {
    globalThis.window = realWindow;
  });
  const at = (pathname: string) => {
    globalThis.window = {location: {pathname}} as Window & typeof globalThis;
  };

  function component(name: string, log: string[]) {
    const c = () => null;
    // Whether the load was speculative when it started (a hover or an idle prefetch): a failure then reloads nothing.
    c.preload = async () => void log.push(isSpeculative() ? `${name} (speculative)` : name);
    return c;
  }

  function guide(log: string[], fail = new Set<number>()) {
    const loads: number[] = [];
    const buckets = [0, 1, 2].map((b) => async () => {
      loads.push(b);
      if (fail.has(b)) throw Object.assign(new Error(`Loading chunk ${b} failed`), {name: 'ChunkLoadError'});
      const paths = Array.from({length: 12}, (_, i) => `/g/a${i}`).filter((p) => bucketOf(p, 3) === b);
      return {default: paths.map((p): RouteConfig => ({path: p, exact: true, component: component(p, log)}))};
    });
    const list = lazyRouteList('/g', buckets);
    return {list, loads, parent: lazyParent(component('parent', log), list)};
  }

  it('before the first render, loads the bucket of the page and preloads its article', async () => {
    const log: string[] = [];
    const {list, loads, parent} = guide(log);
    at('/g/a5');
    await parent.preload!();
    expect(loads).toEqual([bucketOf('/g/a5', 3)]);
    expect(log.sort()).toEqual(['/g/a5', 'parent']);
    expect(list.routes.some((r) => r.path === '/g/a5')).toBe(true);
    await parent.preload!(); // loaded once
    expect(loads).toHaveLength(1);
  });

  it('on hover, loads the bucket of the link, not of the page', async () => {
    const log: string[] = [];
    const {loads, parent} = guide(log);
    at('/g/a0');
    const target = Array.from({length: 12}, (_, i) => `/g/a${i}`).find((p) => bucketOf(p, 3) !== bucketOf('/g/a0', 3))!;
    await withPreloadTarget(target, () => parent.preload!());
    expect(new Set(loads)).toEqual(new Set([bucketOf('/g/a0', 3), bucketOf(target, 3)]));
    expect(log).toContain(target);
  });

  it('keeps a hover’s article load speculative once its bucket is in, and a navigation’s not', async () => {
    const log: string[] = [];
    const {parent} = guide(log);
    at('/g/a0');
    await speculatively(() => withPreloadTarget('/g/a5', () => parent.preload!()));
    expect(log).toContain('/g/a5 (speculative)');
    log.length = 0;
    at('/g/a6'); // a click: the router has moved to the target before it preloads
    await parent.preload!();
    expect(log).toContain('/g/a6');
    expect(log.filter((l) => l.endsWith('(speculative)'))).toEqual([]);
  });

  it('loads the bucket of a link to prefetch, in the list the link falls under only', async () => {
    const log: string[] = [];
    const {loads} = guide(log);
    await loadRoutesFor('/g/a7/');
    expect(loads).toEqual([bucketOf('/g/a7', 3)]);
    await loadRoutesFor('/other/a7');
    await loadRoutesFor('/gx/a7');
    expect(loads).toHaveLength(1);
  });

  it('fails with the chunk error (the page recovers with a full load) and tries again next time', async () => {
    const log: string[] = [];
    const b = bucketOf('/g/a3', 3);
    const failing = new Set([b]);
    const {loads, parent} = guide(log, failing);
    at('/g/a3');
    await expect(parent.preload!()).rejects.toThrow(`Loading chunk ${b} failed`);
    failing.clear();
    await parent.preload!();
    expect(loads).toEqual([b, b]);
    expect(log).toContain('/g/a3');
  });
});

describe('lazy routes: chunk URLs for prefetching', () => {
  const runtime = (nameToId: Record<string, string>) => {
    const require = {p: '/base/', u: (id: string) => `assets/js/${id}.0f0f0f0f.js`} as Record<string, unknown>;
    new Function(
      '__webpack_require__',
      chunkAssetCode(nameToId, {publicPath: '__webpack_require__.p', getChunkScriptFilename: '__webpack_require__.u'}),
    )(require);
    return require.gca as (name: string) => string | undefined;
  };

  it('gives a named chunk’s URL, and none for a name that is not a chunk’s, so no prefetch asks for a missing file', () => {
    const gca = runtime({a7456010: '43056'});
    expect(gca('a7456010')).toBe('/base/assets/js/43056.0f0f0f0f.js');
    // A name merged into the main script (the site config), or an article's loader, which names no chunk.
    expect(gca('5e9f5e1a')).toBeUndefined();
  });
});
