/**
 * Splits Docusaurus' generated route table for the browser bundle. Build-only.
 *
 * Docusaurus writes three modules into `.docusaurus/` that the client's main
 * script imports whole: `routes.js` (every route), `routesChunkNames.json`
 * (each route's chunk names) and `registry.js` (a loader per chunk). They grow
 * with the number of articles, and every page loads them first
 * (facebook/docusaurus#7256). This rewrites them so that each long list of
 * leaf routes (a guide's articles) lives in buckets of a few dozen routes,
 * loaded when a path in them is about to render (client.ts); what the leaves
 * alone use of the chunk names and the registry moves with them.
 */
import {bucketOf, normalizedRoutePath} from './runtime/bucket';

/** A route as routes.js declares it, with each ComponentCreator(path, hash) call kept as its arguments. */
export interface RouteNode {
  readonly path: string;
  readonly component: {readonly creator: readonly string[]};
  readonly exact?: boolean;
  readonly routes?: readonly RouteNode[];
  readonly [attribute: string]: unknown;
}

export interface SplitInput {
  /** Text of .docusaurus/routes.js. */
  readonly routes: string;
  /** Text of .docusaurus/registry.js. */
  readonly registry: string;
  /** Parsed .docusaurus/routesChunkNames.json. */
  readonly chunkNames: Readonly<Record<string, unknown>>;
}

export interface SplitOptions {
  /** A list of at least this many leaf routes is split; shorter ones stay in the main table. */
  readonly minLeaves: number;
  /** About this many routes per bucket. */
  readonly leavesPerBucket: number;
  /** Import path of client.ts, as the generated modules import it. */
  readonly clientModule: string;
  /**
   * Given the paths of the leaf routes that move into buckets (which decide
   * which sidebar ranges get windows: sidebarWindows.ts), the window of a
   * leaf route's path, if any: its bucket names it; routes.js then registers
   * the loaders of ./windows.js.
   */
  readonly windowsFor?: (movedPaths: ReadonlySet<string>) => (path: string) => string | undefined;
}

export interface SplitResult {
  /** Generated modules by file name: routes.js, registry.js, routesChunkNames.js and the buckets. */
  readonly files: ReadonlyMap<string, string>;
  /** Lists split, and leaf routes moved out of the main table. */
  readonly lists: number;
  readonly movedRoutes: number;
  /** Paths of the leaf routes moved into buckets, as normalizedRoutePath gives them. */
  readonly movedPaths: ReadonlySet<string>;
}

const fail = (file: string, expected: string, received: string): never => {
  throw new Error(`Lazy routes: .docusaurus/${file}: expected ${expected}, received ${received}`);
};

/** Evaluates routes.js with ComponentCreator recording its arguments. */
export function readRoutes(source: string): RouteNode[] {
  const body = source
    .replace(/^import .*$/gm, '')
    .replace(/^export default\s*\[/m, 'return [')
    .trim();
  if (!body.startsWith('return ['))
    fail('routes.js', '`export default [` after its imports', JSON.stringify(source.slice(0, 120)));
  let routes: unknown;
  try {
    // The file is Docusaurus' own generated code: plain literals and ComponentCreator(path, hash) calls.
    routes = new Function('ComponentCreator', body)((...creator: string[]) => ({creator})) as unknown;
  } catch (e) {
    return fail('routes.js', 'route literals and ComponentCreator() calls', (e as Error).message);
  }
  if (!Array.isArray(routes)) return fail('routes.js', 'an array of routes', typeof routes);
  return routes as RouteNode[];
}

/** registry.js as chunk name → its line, verbatim. */
export function readRegistry(source: string): Map<string, string> {
  const lines = new Map<string, string>();
  // Docusaurus closes the object on the last entry's line: `…],};`.
  for (const line of source.replace(/\],\s*\};\s*$/, '],\n};\n').split('\n')) {
    const m = /^ {2}"([^"]+)": \[.*\],$/.exec(line);
    if (m) lines.set(m[1], line);
    else if (line.trim() && line !== 'export default {' && line !== '};')
      fail(
        'registry.js',
        'one `"chunk": [loader, path, resolveWeak]` entry per line',
        JSON.stringify(line.slice(0, 120)),
      );
  }
  return lines;
}

const isLeafList = (r: RouteNode, min: number): boolean =>
  !!r.routes && r.routes.length >= min && r.routes.every((c) => !c.routes);

const creatorCode = ({creator}: RouteNode['component']) =>
  `ComponentCreator(${creator.map((a) => JSON.stringify(a)).join(', ')})`;

function routeCode(r: RouteNode, nested: (r: RouteNode) => {component: string; routes: string} | undefined): string {
  const lazy = nested(r);
  const parts = [`path: ${JSON.stringify(r.path)}`, `component: ${lazy?.component ?? creatorCode(r.component)}`];
  if (r.exact) parts.push('exact: true');
  if (lazy) parts.push(`routes: ${lazy.routes}`);
  else if (r.routes) parts.push(`routes: [\n${r.routes.map((c) => routeCode(c, nested)).join(',\n')}\n]`);
  for (const [key, value] of Object.entries(r))
    if (!['path', 'component', 'exact', 'routes'].includes(key))
      parts.push(`${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  return `{\n${parts.join(',\n')}\n}`;
}

/** Chunk names of one route's entry, nested objects and arrays flattened. */
function chunkNamesOf(entry: unknown): string[] {
  if (typeof entry === 'string') return [entry];
  if (entry && typeof entry === 'object') return Object.values(entry).flatMap(chunkNamesOf);
  return [];
}

/**
 * A registry line without its `webpackChunkName`: the bundler's runtime keeps
 * a table of every named chunk (name → id for Docusaurus' prefetch, id → name
 * for the file name), one entry per article, on every page.
 * An unnamed chunk has none (see index.ts for its file name).
 */
export const anonymous = (line: string): string => line.replace(/\/\* webpackChunkName: "[^"]*" \*\/ /, '');

const routeKey = (r: RouteNode) => `${r.path}-${r.component.creator[1] ?? ''}`;

export function splitRoutes(input: SplitInput, options: SplitOptions): SplitResult {
  const routes = readRoutes(input.routes);
  const registry = readRegistry(input.registry);
  const chunkNames = {...input.chunkNames} as Record<string, unknown>;

  // Every long leaf list, its leaves in buckets.
  const lists: {parent: RouteNode; buckets: RouteNode[][]}[] = [];
  const visit = (r: RouteNode) => {
    if (isLeafList(r, options.minLeaves)) {
      const count = Math.ceil(r.routes!.length / options.leavesPerBucket);
      const buckets: RouteNode[][] = Array.from({length: count}, () => []);
      for (const leaf of r.routes!) buckets[bucketOf(leaf.path, count)].push(leaf);
      lists.push({parent: r, buckets});
    } else r.routes?.forEach(visit);
  };
  routes.forEach(visit);

  // A chunk moves to a bucket when only that bucket's leaves use it (an article's content); a shared one
  // (the doc page component) stays in the main registry.
  const users = new Map<string, Set<string>>();
  const bucketOfKey = new Map<string, string>();
  lists.forEach((l, i) =>
    l.buckets.forEach((b, j) => b.forEach((leaf) => bucketOfKey.set(routeKey(leaf), `${i}-${j}`))),
  );
  for (const [key, entry] of Object.entries(chunkNames))
    for (const name of chunkNamesOf(entry)) {
      const set = users.get(name) ?? new Set<string>();
      set.add(bucketOfKey.get(key) ?? 'main');
      users.set(name, set);
    }

  const movedPaths = new Set(lists.flatMap((l) => l.buckets.flat().map((leaf) => normalizedRoutePath(leaf.path))));
  const windowOf = options.windowsFor?.(movedPaths);
  const files = new Map<string, string>();
  let movedRoutes = 0;
  lists.forEach((l, i) =>
    l.buckets.forEach((leaves, j) => {
      const id = `${i}-${j}`;
      const names: Record<string, unknown> = {};
      const lines: string[] = [];
      for (const leaf of leaves) {
        const key = routeKey(leaf);
        if (!(key in chunkNames)) fail('routesChunkNames.json', `an entry for route ${key}`, 'none');
        names[key] = chunkNames[key];
        delete chunkNames[key];
        for (const name of chunkNamesOf(names[key])) {
          const line = registry.get(name);
          if (line && users.get(name)?.size === 1) {
            lines.push(anonymous(line));
            registry.delete(name);
          }
        }
      }
      movedRoutes += leaves.length;
      const windows: Record<string, string> = {};
      for (const leaf of leaves) {
        const id = windowOf?.(leaf.path);
        if (id !== undefined) windows[leaf.path] = id;
      }
      files.set(
        `bucket-${id}.js`,
        [
          `import registry from '@generated/registry';`,
          `import chunkNames from '@generated/routesChunkNames';`,
          `import ComponentCreator from '@docusaurus/ComponentCreator';`,
          `Object.assign(registry, {\n${lines.join('\n')}\n});`,
          `Object.assign(chunkNames, ${JSON.stringify(names)});`,
          `export default [\n${leaves.map((leaf) => routeCode(leaf, () => undefined)).join(',\n')}\n];`,
          ...(Object.keys(windows).length ? [`export const windows = ${JSON.stringify(windows)};`] : []),
          '',
        ].join('\n'),
      );
    }),
  );

  const listOf = new Map(lists.map((l, i) => [l.parent, i]));
  const nested = (r: RouteNode) => {
    const i = listOf.get(r);
    return i === undefined
      ? undefined
      : {component: `lazyParent(${creatorCode(r.component)}, list${i})`, routes: `list${i}.routes`};
  };
  files.set(
    'routes.js',
    [
      `import React from 'react';`,
      `import ComponentCreator from '@docusaurus/ComponentCreator';`,
      `import {lazyParent, lazyRouteList, registerWindowLoaders} from ${JSON.stringify(options.clientModule)};`,
      ...(windowOf ? [`import windowLoaders from './windows.js';`, 'registerWindowLoaders(windowLoaders);'] : []),
      ...lists.map(
        (l, i) =>
          `const list${i} = lazyRouteList(${JSON.stringify(l.parent.path)}, [${l.buckets.map((_, j) => `() => import('./bucket-${i}-${j}.js')`).join(', ')}]);`,
      ),
      `export default [\n${routes.map((r) => routeCode(r, nested)).join(',\n')}\n];`,
      '',
    ].join('\n'),
  );
  files.set('registry.js', `export default {\n${[...registry.values()].join('\n')}\n};\n`);
  files.set('routesChunkNames.js', `export default ${JSON.stringify(chunkNames)};\n`);
  return {files, lists: lists.length, movedRoutes, movedPaths};
}
