/**
 * Drops what the browser never reads from each docs version's route props
 * (see slim.ts), for the browser build only: the client's import of a props
 * module is pointed at a slimmer copy, which each article page loads instead
 * of the whole table. Build-only.
 */
import fs from 'node:fs';
import path from 'node:path';
import {globSync} from 'tinyglobby';
import type {LoadContext} from '@docusaurus/types';
import {versionPropsFiles, type PropsSidebarItem} from './sidebarWindows';
import {docCardUse, slimVersionProps} from './slim';

/** The site's own components, swizzled theme components and pages: where a DocCard could be rendered from. */
const componentSources = '{src/theme,src/components,src/pages}/**/*.{ts,tsx,js,jsx,md,mdx}';

/** Text of each source file componentSources names. */
function* siteSources(siteDir: string): Generator<[string, string]> {
  for (const file of globSync(componentSources, {cwd: siteDir, absolute: true, dot: true}))
    yield [file, fs.readFileSync(file, 'utf8')];
}

/** Text of each .md/.mdx file the client registry imports (the articles). */
function* contentSources(context: LoadContext, registry: string): Generator<[string, string]> {
  const files = new Set([...registry.matchAll(/"@site\/([^"]+\.mdx?)"/g)].map((m) => m[1]));
  for (const file of files) {
    const absolute = path.join(context.siteDir, file);
    yield [absolute, fs.readFileSync(absolute, 'utf8')];
  }
}

/**
 * Slim copies of each docs version's route props (see slim.ts), written under the generated folder: the aliases
 * that point the client's props modules at them. `windowed`: each props module's sidebars without the links of
 * ranges that load apart (sidebarWindows.ts). None when a component of the site or an article reads the docs
 * table, which the slim copy drops: it says which.
 */
export function slimPropsAliases(
  context: LoadContext,
  registry: string,
  windowed: Readonly<Record<string, Record<string, PropsSidebarItem[]>>>,
): Record<string, string> {
  const outDir = path.join(context.generatedFilesDir, 'kb-slim-docs-props');
  fs.rmSync(outDir, {recursive: true, force: true});
  const keep = docCardUse(registry, [...siteSources(context.siteDir), ...contentSources(context, registry)]);
  if (keep) {
    console.info(`[kb-large-guide] Keeping the docs table in version props: ${keep} reads it.`);
    return {};
  }
  const aliases: Record<string, string> = {};
  for (const {request, props} of versionPropsFiles(context.generatedFilesDir, registry)) {
    const slim = path.join(outDir, request.slice('@generated/'.length));
    fs.mkdirSync(path.dirname(slim), {recursive: true});
    fs.writeFileSync(slim, JSON.stringify(slimVersionProps(props, windowed[request])));
    aliases[`${request}$`] = slim;
  }
  return aliases;
}
