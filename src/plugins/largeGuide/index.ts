/**
 * The large-guide layer: what keeps each page of a help center of thousands
 * of articles as light as a page of eight. Opt-in (docusaurus.config.ts lists
 * it with its threshold), browser build only; the server bundle, and so every
 * page's HTML, is Docusaurus' own. Dev builds are left alone: the route table
 * changes as content is edited, and this runs once per bundler configuration.
 *
 * - Route buckets (split.ts): Docusaurus bundles its whole route table into
 *   the main script (facebook/docusaurus#7256). A list of at least `minLeaves`
 *   leaf routes (a guide's articles) is cut into buckets loaded on demand
 *   (runtime/client.ts), and chunk file names carry the build's hash, so that
 *   the bundler's runtime keeps no table with an entry per article
 *   (chunkAsset.ts).
 * - Sidebar windows (sidebarWindows.ts): the links of a guide's closed
 *   sidebar ranges load with the range (runtime/windows.ts).
 * - Slim version props (slimProps.ts): each docs version's route props reach
 *   the browser without the doc table no page of ours reads there, and with
 *   the windowed sidebars.
 *
 * The browser runtime lives in runtime/; everything else here is build code.
 * Each step hands the next its result in memory, in one configureWebpack.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {keyBundlerCache} from '../../build/bundlerCache';
import {KnownChunkAssetPlugin, replacedPlugin} from './chunkAsset';
import {normalizedRoutePath} from './runtime/bucket';
import {versionPropsFiles, windowSidebars, type PropsSidebarItem, type SidebarWindow} from './sidebarWindows';
import {slimPropsAliases} from './slimProps';
import {splitRoutes} from './split';

export interface LargeGuideOptions {
  /** Split lists of at least this many leaf routes (a guide's articles). */
  readonly minLeaves: number;
  /** About this many routes per loaded bucket. */
  readonly leavesPerBucket?: number;
}

/** Where this plugin writes its route modules, in the generated folder. */
const windowsDir = 'kb-lazy-routes';

/** The windows of every version's sidebars, for ranges whose articles all moved into buckets. */
function sidebarWindowsOf(generatedDir: string, registry: string, movedPaths: ReadonlySet<string>) {
  let n = 0;
  const list: SidebarWindow[] = [];
  const sidebars: Record<string, Record<string, PropsSidebarItem[]>> = {};
  for (const {request, props} of versionPropsFiles(generatedDir, registry)) {
    const out = windowSidebars(
      props.version.docsSidebars,
      (href) => movedPaths.has(normalizedRoutePath(href)),
      () => String(n++),
    );
    if (!out.windows.length) continue;
    list.push(...out.windows);
    sidebars[request] = out.sidebars;
  }
  const byPath = new Map(list.flatMap((w) => w.hrefs.map((href) => [normalizedRoutePath(href), w.id] as const)));
  return {list, sidebars, byPath};
}

type BundlerConfig = Parameters<NonNullable<Plugin['configureWebpack']>>[0];

/**
 * Route buckets: writes the rewritten route modules into the generated folder and points the bundler at them;
 * returns their aliases and each props module's sidebars without the windowed ranges' links (none when no
 * guide is large enough to split).
 */
function splitRouteModules(
  context: LoadContext,
  config: BundlerConfig,
  input: {routes: string; registry: string; chunkNames: Record<string, unknown>},
  options: {minLeaves: number; leavesPerBucket: number},
): {aliases: Record<string, string>; sidebars: Record<string, Record<string, PropsSidebarItem[]>>} {
  const dir = path.join(context.generatedFilesDir, windowsDir);
  fs.rmSync(dir, {recursive: true, force: true});
  // Which articles move to buckets decides which sidebar ranges get windows; their buckets then name them.
  let windows: ReturnType<typeof sidebarWindowsOf> = {list: [], sidebars: {}, byPath: new Map()};
  const result = splitRoutes(input, {
    ...options,
    clientModule: '@site/src/plugins/largeGuide/runtime/client',
    windowsFor: (movedPaths) => {
      windows = sidebarWindowsOf(context.generatedFilesDir, input.registry, movedPaths);
      return (p) => windows.byPath.get(normalizedRoutePath(p));
    },
  });
  if (!result.lists) return {aliases: {}, sidebars: {}};
  fs.mkdirSync(path.join(dir, 'w'), {recursive: true});
  for (const [file, text] of result.files) fs.writeFileSync(path.join(dir, file), text);
  for (const w of windows.list) fs.writeFileSync(path.join(dir, 'w', `${w.id}.json`), JSON.stringify(w.items));
  fs.writeFileSync(
    path.join(dir, 'windows.js'),
    `export default {\n${windows.list.map((w) => `${JSON.stringify(w.id)}: () => import('./w/${w.id}.json'),`).join('\n')}\n};\n`,
  );
  // A chunk's file name is its name (its id when unnamed, as the articles' are: split.ts) and the build's hash,
  // instead of Docusaurus' content hash: the bundler's runtime then needs no table of every chunk's hash (one per
  // article, on every page), only the names of the few named chunks. The cost: each release renames every chunk,
  // so a reader's cache keeps none across releases; an open tab still loads its own release's chunks for the
  // grace period (deploy/release/policy.ts).
  config.output = {...config.output, chunkFilename: 'assets/js/[name].[fullhash:8].js'};
  const plugins = config.plugins ?? [];
  const at = plugins.findIndex((p) => p?.constructor.name === replacedPlugin);
  if (at < 0)
    throw new Error(
      `kb-large-guide: expected Docusaurus' ${replacedPlugin} among the client bundler plugins, received ${plugins.map((p) => p?.constructor.name).join(', ')}`,
    );
  plugins[at] = new KnownChunkAssetPlugin();
  return {
    aliases: {
      '@generated/routes$': path.join(dir, 'routes.js'),
      '@generated/registry$': path.join(dir, 'registry.js'),
      '@generated/routesChunkNames$': path.join(dir, 'routesChunkNames.js'),
    },
    sidebars: windows.sidebars,
  };
}

export default function largeGuidePlugin(context: LoadContext, options: LargeGuideOptions): Plugin {
  const {minLeaves, leavesPerBucket = 24} = options;
  for (const [name, value] of Object.entries({minLeaves, leavesPerBucket}))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`kb-large-guide: ${name}: expected a whole number ≥ 1, received ${JSON.stringify(value)}`);
  return {
    name: 'kb-large-guide',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      const read = (file: string) => fs.readFileSync(path.join(context.generatedFilesDir, file), 'utf8');
      const input = {
        routes: read('routes.js'),
        registry: read('registry.js'),
        chunkNames: JSON.parse(read('routesChunkNames.json')) as Record<string, unknown>,
      };
      const routes = splitRouteModules(context, config, input, {minLeaves, leavesPerBucket});
      const props = slimPropsAliases(context, input.registry, routes.sidebars);
      const alias = (config.resolve ??= {}).alias ?? {};
      if (Array.isArray(alias))
        throw new Error(
          'kb-large-guide: expected the bundler config to list resolve.alias as an object, received an array',
        );
      // Ahead of Docusaurus' own `@generated` alias, which would otherwise match first.
      config.resolve.alias = {...routes.aliases, ...props, ...alias};
      keyBundlerCache(config, {routes: routes.aliases, props, chunkFilename: config.output?.chunkFilename});
      return {};
    },
  };
}
