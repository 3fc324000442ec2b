/**
 * The knowledge base's own Docusaurus plugin: loads and checks the guides and
 * their articles once per build (src/build/content.ts) and builds everything
 * derived from them: the home page, the symptom index, each guide's
 * troubleshooter, the search index, short links and redirect maps, the
 * Markdown exports. Nothing else reads the articles; the few build steps
 * outside this plugin read its result (src/build/store.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {loadGuides, loadKnowledgeBase, loadRegistry, siteVoice, type KnowledgeBase} from '../../build/content';
import {articleIndexPages, homeGuides, symptomPages} from '../../build/listings';
import {articleMarkdown, llmsTxt, markdownPath} from '../../build/markdownExport';
import {writeRedirectPages} from '../../build/redirectPages';
import {inlineInventory} from '../../build/inlineCode';
import {assertOwnInlineCode} from '../../build/inlineScripts';
import {redirectsFile, redirectsText, siteRedirects} from '../../build/redirects';
import {guidesFile} from '../../build/paths';
import {setLoadedKnowledgeBase} from '../../build/store';
import {checkTroubleshooter} from '../../build/troubleshooterCheck';
import {formatProblem, KbContentError, type ContentProblem} from '../../kb/errors';
import type {ResolvedTree, TroubleshooterGuide} from '../../kb/troubleshooter/types';
import type {KbGlobalData} from '../../kb/globalData';
import {searchIndexDir, writeSearchIndex} from '../../search/build/writeSearchIndex';

export interface KbPluginOptions {
  /** Folder of the knowledge base: guides.json and a folder of articles per guide. */
  readonly docsDir: string;
  /** True when SITE_URL was not set: the build then says which origin its canonical URLs use. */
  readonly siteUrlIsDefault?: boolean;
}

export interface KbContent extends KnowledgeBase {
  /** Each guide's troubleshooter that has one, checked and resolved, with its page path. */
  readonly trees: readonly {readonly path: string; readonly tree: ResolvedTree}[];
}

/**
 * Where the search index files go: a static folder of the site
 * (staticDirectories in docusaurus.config.ts), so `build` copies them and
 * `start` serves them. Each build writes one content-hashed folder.
 */
export const searchStaticDir = '.docusaurus/kb-static';

/** Checks each guide's tree; articles no tree reaches are a warning, one line per guide. */
function resolveTrees(kb: KnowledgeBase): KbContent['trees'] {
  const problems: ContentProblem[] = [];
  const trees: {path: string; tree: ResolvedTree}[] = [];
  for (const guide of kb.guides) {
    const own = kb.articles.filter((a) => a.guide === guide.id);
    // A guide still empty (just scaffolded) is not published: its tree waits for the articles it names.
    if (!own.length) continue;
    const definition = kb.troubleshooters.find((t) => t.guide === guide.id);
    if (!definition) {
      logger.warn(`Guide "${guide.id}" has no troubleshooter: no tree reaches its ${own.length} article(s).`);
      continue;
    }
    const {tree, problems: p, unreached} = checkTroubleshooter(definition, guide, kb.articles);
    problems.push(...p);
    if (tree) trees.push({path: definition.path, tree});
    if (unreached.length) {
      const list =
        unreached.length > 10
          ? `${unreached.slice(0, 10).join(', ')} and ${unreached.length - 10} more`
          : unreached.join(', ');
      logger.warn(`No troubleshooter outcome leads to ${list}: add one in docs/${guide.id}/troubleshooter.json.`);
    }
  }
  if (problems.length) throw new KbContentError(problems);
  return trees;
}

export default function kbPlugin(context: LoadContext, options: unknown): Plugin<KbContent> {
  const {docsDir: dir, siteUrlIsDefault} = options as KbPluginOptions;
  const docsDir = path.resolve(context.siteDir, dir);
  // The registry as the config read it at start-up to make one docs instance per guide. Read here rather than
  // passed as an option: a plugin's options are serialized into every page's main script.
  const guides = loadGuides(docsDir, context.siteDir);
  const withBase = (p: string) => `${context.baseUrl}${p.replace(/^\//, '')}`;
  let currentIndex = '';
  return {
    name: 'kb-content',
    getPathsToWatch: () => [path.join(docsDir, '**/*.{md,mdx}'), guidesFile(docsDir)],
    async loadContent() {
      // The docs instances were made from the registry the config read at start-up: a changed registry needs a restart.
      if (JSON.stringify(loadGuides(docsDir, context.siteDir)) !== JSON.stringify(guides))
        throw new Error(
          `${path.relative(context.siteDir, guidesFile(docsDir))} changed since the site started: restart \`npm start\` to load the new guides.`,
        );
      // `npm start` shows an article that still holds the template's TODOs, and says so; a build refuses it.
      const allowTemplateText = process.env.NODE_ENV !== 'production';
      const kb = loadKnowledgeBase(docsDir, context.siteDir, guides, {allowTemplateText});
      if (allowTemplateText && kb.templateText.length)
        logger.warn(
          `Template text still to write, which a build refuses:\n${kb.templateText.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
        );
      setLoadedKnowledgeBase(kb, context.siteDir, docsDir);
      return {...kb, trees: resolveTrees(kb)};
    },
    async contentLoaded({content, actions}) {
      const {articles, trees, synonyms, named} = content;
      // A guide declared but still empty (just scaffolded) gets no page, filter or section yet.
      const guides = content.guides.filter((g) => articles.some((a) => a.guide === g.id));
      // The search index: static files fetched by what a query needs, never a chunk every page knows of. Each
      // content gets its own hashed folder; older ones are removed after a build (postBuild), never while
      // \`npm start\` may still serve a page that points at them.
      const {urlPath} = writeSearchIndex(
        articles,
        path.resolve(context.siteDir, searchStaticDir),
        undefined,
        synonyms,
        named,
      );
      // Every page gets this (it is in the main bundle): a few hundred bytes per guide, nothing per article.
      const global: KbGlobalData = {
        searchIndex: urlPath,
        guides: guides.map(({id, title, prefix, categories, audiences, routeBasePath}) => ({
          id,
          title,
          prefix,
          index: `/${routeBasePath}`,
          categories,
          audiences,
        })),
      };
      actions.setGlobalData(global);
      currentIndex = urlPath;

      const pages = symptomPages(guides, articles, named);
      for (const page of pages) {
        const data = await actions.createData(
          `symptoms${page.path.replace(/\//g, '-')}.json`,
          JSON.stringify(page.data),
        );
        actions.addRoute({
          path: withBase(page.path),
          exact: true,
          component: '@site/src/components/SymptomIndex',
          modules: {data},
        });
      }
      for (const page of articleIndexPages(guides, articles)) {
        const data = await actions.createData(`articles-${page.data.guide.id}.json`, JSON.stringify(page.data));
        // Exact, and added before the docs' own route at the same base, which holds the article pages under it.
        actions.addRoute({
          path: withBase(page.path),
          exact: true,
          component: '@site/src/components/ArticleIndex',
          modules: {data},
        });
      }
      const symptomsHref = (guide: string) => pages.find((p) => p.path === `/symptoms/${guide}`)?.path ?? '/symptoms';
      const home = homeGuides(guides, articles, content.troubleshooters, symptomsHref);
      const homeData = await actions.createData('home.json', JSON.stringify(home));
      const {heading, intro} = siteVoice(loadRegistry(docsDir, context.siteDir).helpCenter, guides);
      const siteData = await actions.createData('home-site.json', JSON.stringify({heading, intro}));
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {guides: homeData, site: siteData},
      });

      // Each troubleshooter page names the guide it covers and links to the others'.
      const covers: TroubleshooterGuide[] = trees.map((t) => ({title: t.tree.guideTitle, path: t.path}));
      const coversData = await actions.createData('troubleshooter-guides.json', JSON.stringify(covers));
      for (const {path: treePath, tree} of trees) {
        const data = await actions.createData(
          `troubleshooter${treePath.replace(/\//g, '-')}.json`,
          JSON.stringify(tree),
        );
        actions.addRoute({
          path: withBase(treePath),
          exact: true,
          component: '@site/src/components/Troubleshooter',
          modules: {tree: data, guides: coversData},
        });
      }
    },
    async postBuild({content, outDir, routesPaths}) {
      if (siteUrlIsDefault)
        logger.info(
          `SITE_URL is not set: canonical, og and sitemap URLs use ${context.siteConfig.url}. Copied and mailed links use the origin the reader is on. Set SITE_URL when building for production.`,
        );
      // Only this build's search index ships; earlier ones left in the static folder are dropped from both.
      for (const dir of [outDir, path.resolve(context.siteDir, searchStaticDir)]) {
        const parent = path.join(dir, searchIndexDir);
        for (const name of await fs.readdir(parent).catch(() => [] as string[]))
          if (`${searchIndexDir}/${name}/` !== currentIndex)
            await fs.rm(path.join(parent, name), {recursive: true, force: true});
      }
      // Server-side 301s for the hosts and servers that read _redirects, and a page at each redirect's path for the others.
      const redirects = redirectsText(siteRedirects(content.articles), context.baseUrl);
      await fs.writeFile(path.join(outDir, redirectsFile), redirects);
      const base = context.baseUrl.replace(/\/$/, '');
      const routes = routesPaths.map((r) => (r.startsWith(base) ? r.slice(base.length) : r) || '/');
      await writeRedirectPages(outDir, context.baseUrl, content.articles, routes);
      // llms.txt and a Markdown copy of each article, next to its page.
      const site = `${context.siteConfig.url}${base}`;
      for (const a of content.articles) {
        const file = path.join(outDir, markdownPath(a));
        await fs.mkdir(path.dirname(file), {recursive: true});
        await fs.writeFile(file, articleMarkdown(a, site));
      }
      await fs.writeFile(
        path.join(outDir, 'llms.txt'),
        llmsTxt(content.articles, site, context.siteConfig.title, String(context.siteConfig.tagline)),
      );
      // Last, over every page written: no inline script but the site's own (content that became script fails here).
      assertOwnInlineCode(inlineInventory(outDir));
    },
  };
}
