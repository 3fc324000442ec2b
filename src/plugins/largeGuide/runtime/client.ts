/**
 * The browser side of the split route table (see index.ts): a long list of
 * leaf routes (one guide's articles) starts empty and is filled, one bucket
 * at a time, when a path in it is about to render. Docusaurus preloads the
 * components of the matched routes before it hydrates the first page and
 * before each navigation; the parent route's preload here loads the bucket
 * of the target path first, then preloads the leaf it holds and its sidebar
 * window (windows.ts), so the page renders exactly as the server rendered it.
 */
import {createElement, type ComponentType} from 'react';
import {matchRoutes, type RouteConfig} from 'react-router-config';
import {isSpeculative, speculatively} from '../../../lib/speculation';
import {bucketOf, normalizedRoutePath} from './bucket';
import {loadWindow} from './windows';

export {registerWindowLoaders} from './windows';

/** A route component as Docusaurus makes them (react-loadable): preload() loads its code and data. */
export type PreloadableComponent = ComponentType<object> & {preload?: () => Promise<unknown>};

export interface LazyRouteList {
  /** The leaf routes loaded so far; the parent route's `routes`, filled in place. */
  readonly routes: RouteConfig[];
  /** Loads the bucket that holds `pathname` (once; again after a failure). */
  load(pathname: string): Promise<void>;
  /** The sidebar window (windows.ts) of the page at `pathname`, once its bucket is loaded. */
  windowOf(pathname: string): string | undefined;
}

/** A bucket module (split.ts): its routes, and the sidebar window of each route's page that has one. */
export interface BucketModule {
  readonly default: RouteConfig[];
  readonly windows?: Readonly<Record<string, string>>;
}

const lists: {readonly base: string; readonly list: LazyRouteList}[] = [];

/** The leaf routes under `base` (the parent route's path), in buckets loaded on demand. */
export function lazyRouteList(base: string, buckets: readonly (() => Promise<BucketModule>)[]): LazyRouteList {
  const routes: RouteConfig[] = [];
  const windows = new Map<string, string>();
  const loading = new Map<number, Promise<void>>();
  const list: LazyRouteList = {
    routes,
    windowOf: (pathname) => windows.get(normalizedRoutePath(pathname)),
    load(pathname) {
      const b = bucketOf(pathname, buckets.length);
      let p = loading.get(b);
      if (!p) {
        p = buckets[b]().then((m) => {
          routes.push(...m.default);
          for (const [path, id] of Object.entries(m.windows ?? {})) windows.set(normalizedRoutePath(path), id);
        });
        loading.set(b, p);
        p.catch(() => loading.delete(b)); // a failed chunk is asked for again next time
      }
      return p;
    },
  };
  lists.push({base: normalizedRoutePath(base), list});
  return list;
}

/**
 * Loads the route buckets `pathname` needs, in every lazy list it falls under,
 * so that Docusaurus' prefetch of a link (which reads the loaded route table)
 * finds the route's chunks.
 */
export function loadRoutesFor(pathname: string): Promise<void> {
  const p = normalizedRoutePath(pathname);
  return Promise.all(
    lists
      // Only paths under the base: the base itself is the guide's article index, a route of its own.
      .filter(({base}) => p.startsWith(base === '/' ? '/' : `${base}/`))
      .map(({list}) => list.load(pathname)),
  ).then(() => undefined);
}

let hoverTarget: string | undefined;

/**
 * Runs `preload` (Docusaurus' preload of a link the reader points at) with
 * `pathname` known to the parents' preloads, which Docusaurus calls without
 * it. On navigation the router has already moved to the target, so
 * window.location tells.
 */
export function withPreloadTarget<T>(pathname: string, preload: () => T): T {
  const previous = hoverTarget;
  hoverTarget = pathname;
  try {
    return preload();
  } finally {
    hoverTarget = previous;
  }
}

/** The parent route of a lazy list: renders as `component`, and preloads the target path's bucket and leaf too. */
export function lazyParent(component: PreloadableComponent, list: LazyRouteList): PreloadableComponent {
  const Parent = (props: object) => createElement(component, props);
  Parent.preload = () => {
    const paths = new Set([hoverTarget ?? window.location.pathname, window.location.pathname]);
    // A hover's article loads after its bucket, outside the hover event: carry the kind of load over, so that its
    // failure reloads nothing now (src/clientModules/chunkRecovery.ts); the click recovers.
    const speculative = isSpeculative();
    return Promise.all([
      component.preload?.(),
      ...[...paths].map((p) =>
        list.load(p).then(() =>
          speculatively(
            () =>
              Promise.all([
                ...matchRoutes(list.routes, p).map((m) => (m.route.component as PreloadableComponent).preload?.()),
                // The page's sidebar range, so that it renders open with its links, as on the server.
                loadWindow(list.windowOf(p)),
              ]),
            speculative,
          ),
        ),
      ),
    ]);
  };
  return Parent;
}
