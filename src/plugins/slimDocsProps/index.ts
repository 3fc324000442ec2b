/**
 * Drops what the browser never reads from each docs version's route props
 * (see slim.ts), for the browser build only: the client's import of a props
 * module is pointed at a slimmer copy. At 5,000 articles in guides of 1,000,
 * each article page loads 23 kB gzip less. Dev builds are left alone (the
 * props change as content is edited, and this runs once per bundler
 * configuration).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {keyBundlerCache} from '../../build/bundlerCache';
import {trimmedSidebars} from '../lazyRoutes';
import {versionPropsFiles} from '../lazyRoutes/sidebarWindows';
import {docCardUse, slimVersionProps} from './slim';

/** The site's own components, swizzled theme components and pages: where a DocCard could be rendered from. */
const componentDirs = ['src/theme', 'src/components', 'src/pages'];

/** Text of each source file under componentDirs. */
function* siteSources(siteDir: string): Generator<[string, string]> {
  for (const dir of componentDirs.map((d) => path.join(siteDir, d)))
    for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, {recursive: true, withFileTypes: true}) : [])
      if (entry.isFile() && /\.(tsx?|jsx?|mdx?)$/.test(entry.name)) {
        const file = path.join(entry.parentPath, entry.name);
        yield [file, fs.readFileSync(file, 'utf8')];
      }
}

/** Text of each .md/.mdx file the client registry imports (the articles). */
function* contentSources(context: LoadContext, registry: string): Generator<[string, string]> {
  const files = new Set([...registry.matchAll(/"@site\/([^"]+\.mdx?)"/g)].map((m) => m[1]));
  for (const file of files) {
    const absolute = path.join(context.siteDir, file);
    yield [absolute, fs.readFileSync(absolute, 'utf8')];
  }
}

export default function slimDocsPropsPlugin(context: LoadContext): Plugin {
  return {
    name: 'kb-slim-docs-props',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      const generated = context.generatedFilesDir;
      const read = (file: string) => fs.readFileSync(path.join(generated, file), 'utf8');
      const outDir = path.join(generated, 'kb-slim-docs-props');
      fs.rmSync(outDir, {recursive: true, force: true});
      const registry = read('registry.js');
      const keep = docCardUse(registry, [...siteSources(context.siteDir), ...contentSources(context, registry)]);
      if (keep) {
        console.info(`[kb-slim-docs-props] Keeping the docs table in version props: ${keep} reads it.`);
        return {};
      }
      const aliases: Record<string, string> = {};
      // The sidebars without the links of ranges that load apart (kb-lazy-routes, configured before this plugin).
      const windowed = trimmedSidebars(generated);
      for (const {request, props} of versionPropsFiles(generated, registry)) {
        const slim = path.join(outDir, request.slice('@generated/'.length));
        fs.mkdirSync(path.dirname(slim), {recursive: true});
        fs.writeFileSync(slim, JSON.stringify(slimVersionProps(props, windowed?.[request])));
        aliases[`${request}$`] = slim;
      }
      const alias = (config.resolve ??= {}).alias ?? {};
      if (Array.isArray(alias))
        throw new Error(
          'kb-slim-docs-props: expected the bundler config to list resolve.alias as an object, received an array',
        );
      // Ahead of Docusaurus' own `@generated` alias, which would otherwise match first.
      config.resolve.alias = {...aliases, ...alias};
      keyBundlerCache(config, aliases);
      return {};
    },
  };
}
