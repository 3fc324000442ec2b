/**
 * Keeps each guide's article routes out of every page's main script.
 *
 * Docusaurus bundles its whole route table into the main script, about 57
 * bytes gzip per article on every page (facebook/docusaurus#7256). For the
 * browser build only, this plugin points the client's three route modules
 * (`@generated/routes`, `@generated/registry`, `@generated/routesChunkNames`)
 * at rewritten ones (split.ts): a list of at least `minLeaves` leaf routes
 * is cut into buckets loaded on demand (client.ts), and chunk file names
 * carry the build's hash, so that the bundler's runtime keeps no table with
 * an entry per article (chunkAsset.ts). The server bundle, and
 * so every page's HTML, is Docusaurus' own. Dev builds are left alone: the
 * route table changes as content is edited, and this runs once per bundler
 * configuration.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {keyBundlerCache} from '../../build/bundlerCache';
import {KnownChunkAssetPlugin, replacedPlugin} from './chunkAsset';
import {normalizedRoutePath} from './bucket';
import {versionPropsFiles, windowSidebars, type PropsSidebarItem, type SidebarWindow} from './sidebarWindows';
import {splitRoutes} from './split';

export interface LazyRoutesOptions {
  /** Split lists of at least this many leaf routes (a guide's articles). */
  readonly minLeaves: number;
  /** About this many routes per loaded bucket. */
  readonly leavesPerBucket?: number;
}

/** Where this plugin writes its modules, in the generated folder. */
const windowsDir = 'kb-lazy-routes';
/** The version data's sidebars without the windows' links, by props module request: slimDocsProps applies them. */
const trimmedSidebarsFile = 'sidebars.json';

/**
 * The sidebars of the build's docs versions without the links of windowed
 * ranges, as the browser gets them (written by this plugin's
 * configureWebpack, which runs before slimDocsProps', read by it).
 */
export function trimmedSidebars(
  generatedDir: string,
): Readonly<Record<string, Record<string, PropsSidebarItem[]>>> | undefined {
  const file = path.join(generatedDir, windowsDir, trimmedSidebarsFile);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

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

export default function lazyRoutesPlugin(context: LoadContext, options: LazyRoutesOptions): Plugin {
  const {minLeaves, leavesPerBucket = 24} = options;
  for (const [name, value] of Object.entries({minLeaves, leavesPerBucket}))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`kb-lazy-routes: ${name}: expected a whole number ≥ 1, received ${JSON.stringify(value)}`);
  return {
    name: 'kb-lazy-routes',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      const read = (file: string) => fs.readFileSync(path.join(context.generatedFilesDir, file), 'utf8');
      const dir = path.join(context.generatedFilesDir, windowsDir);
      fs.rmSync(dir, {recursive: true, force: true});
      const input = {
        routes: read('routes.js'),
        registry: read('registry.js'),
        chunkNames: JSON.parse(read('routesChunkNames.json')) as Record<string, unknown>,
      };
      const options = {minLeaves, leavesPerBucket, clientModule: '@site/src/plugins/lazyRoutes/client'};
      // Which articles move to buckets decides which sidebar ranges get windows; their buckets then name them.
      let windows: ReturnType<typeof sidebarWindowsOf> = {list: [], sidebars: {}, byPath: new Map()};
      const result = splitRoutes(input, {
        ...options,
        windowsFor: (movedPaths) => {
          windows = sidebarWindowsOf(context.generatedFilesDir, input.registry, movedPaths);
          return (p) => windows.byPath.get(normalizedRoutePath(p));
        },
      });
      if (!result.lists) return {};
      fs.mkdirSync(path.join(dir, 'w'), {recursive: true});
      for (const [file, text] of result.files) fs.writeFileSync(path.join(dir, file), text);
      for (const w of windows.list) fs.writeFileSync(path.join(dir, 'w', `${w.id}.json`), JSON.stringify(w.items));
      fs.writeFileSync(
        path.join(dir, 'windows.js'),
        `export default {\n${windows.list.map((w) => `${JSON.stringify(w.id)}: () => import('./w/${w.id}.json'),`).join('\n')}\n};\n`,
      );
      fs.writeFileSync(path.join(dir, trimmedSidebarsFile), JSON.stringify(windows.sidebars));
      // A chunk's file name is its name (its id when unnamed, as the articles' are: split.ts) and the build's hash,
      // instead of Docusaurus' content hash: the bundler's runtime then needs no table of every chunk's hash (one per
      // article, 70 kB gzip at 5,000 articles on every page), only the names of the few named chunks. The cost:
      // each release renames every chunk, so a reader's cache keeps none across releases; an open tab still loads
      // its own release's chunks for the grace period (scripts/release/policy.ts).
      config.output = {...config.output, chunkFilename: 'assets/js/[name].[fullhash:8].js'};
      const plugins = config.plugins ?? [];
      const at = plugins.findIndex((p) => p?.constructor.name === replacedPlugin);
      if (at < 0)
        throw new Error(
          `kb-lazy-routes: expected Docusaurus' ${replacedPlugin} among the client bundler plugins, received ${plugins.map((p) => p?.constructor.name).join(', ')}`,
        );
      plugins[at] = new KnownChunkAssetPlugin();
      const alias = (config.resolve ??= {}).alias ?? {};
      if (Array.isArray(alias))
        throw new Error(
          'kb-lazy-routes: expected the bundler config to list resolve.alias as an object, received an array',
        );
      const routeModules = {
        '@generated/routes$': path.join(dir, 'routes.js'),
        '@generated/registry$': path.join(dir, 'registry.js'),
        '@generated/routesChunkNames$': path.join(dir, 'routesChunkNames.js'),
      };
      // Ahead of Docusaurus' own `@generated` alias, which would otherwise match first.
      config.resolve.alias = {...routeModules, ...alias};
      keyBundlerCache(config, {routeModules, chunkFilename: config.output.chunkFilename});
      return {};
    },
  };
}
