/**
 * One guide's articles: Docusaurus' docs plugin, with one change. The docs
 * plugin puts every doc's id and path into its global data, which is bundled
 * into every page's main script: ~40 bytes gzip per article on every page
 * of the site (facebook/docusaurus#7256). The theme reads that list only to
 * find the active doc for its doc-type navbar items, which this site does not
 * use (its "Articles" item links to the guide's article index), so the list is
 * cut to the guide's first article. Everything else (routes, sidebars, pages)
 * is the docs plugin's own.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import docsPlugin, {validateOptions, type Options, type PluginOptions} from '@docusaurus/plugin-content-docs';

interface GlobalVersion {
  readonly mainDocId: string;
  readonly docs: readonly {readonly id: string}[];
}

/** The docs plugin's global data with each version's doc list cut to its main doc. */
export function trimGlobalData(data: unknown): unknown {
  const d = data as {versions?: GlobalVersion[]};
  if (!Array.isArray(d.versions)) return data;
  return {
    ...d,
    versions: d.versions.map((v) => ({...v, docs: v.docs.filter((doc) => doc.id === v.mainDocId)})),
  };
}

export default async function guideDocsPlugin(context: LoadContext, options: PluginOptions): Promise<Plugin<unknown>> {
  const plugin = (await docsPlugin(context, options)) as Plugin<unknown>;
  const {contentLoaded} = plugin;
  return {
    ...plugin,
    contentLoaded: contentLoaded
      ? (args) =>
          contentLoaded({
            ...args,
            actions: {...args.actions, setGlobalData: (data) => args.actions.setGlobalData(trimGlobalData(data))},
          })
      : undefined,
  };
}

// Docusaurus validates (and fills in defaults of) a function plugin's options with its validateOptions property.
guideDocsPlugin.validateOptions = validateOptions;

export type {Options};
