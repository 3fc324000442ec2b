/**
 * The knowledge base's own Docusaurus plugin: reads and validates the
 * articles once (src/kb/articles.ts) and builds everything derived from
 * them — the home page, the symptom index, the troubleshooter, short links,
 * the search index and the redirect maps — so no list is kept by hand.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import logger from '@docusaurus/logger';
import {loadArticles} from '../../kb/articles';
import type {ArticleRecord} from '../../kb/types';
import {siteRedirects} from '../../kb/redirects';
import {toArticleSummary} from '../../kb/summary';
import {questions, startQuestion} from '../../kb/troubleshooter';
import {checkTroubleshooter, type ResolvedTree} from '../../kb/troubleshooterCheck';
import {KbContentError} from '../../kb/errors';
import {buildSearchIndex} from '../../search/buildIndex';
import {articleMarkdown, llmsTxt, markdownPath} from '../../kb/markdownExport';

export interface KbPluginOptions {
  /** Folder of the article MDX files (the docs plugin's path). */
  readonly docsDir: string;
}

export interface KbContent {
  readonly articles: readonly ArticleRecord[];
  readonly troubleshooter: ResolvedTree;
}

export default function kbPlugin(context: LoadContext, options: unknown): Plugin<KbContent> {
  const {docsDir: dir} = options as KbPluginOptions;
  const docsDir = path.resolve(context.siteDir, dir);
  return {
    name: 'kb-content',
    getPathsToWatch: () => [path.join(docsDir, '**/*.{md,mdx}')],
    async loadContent() {
      const articles = loadArticles(docsDir, context.siteDir);
      const {tree, problems, unreached} = checkTroubleshooter(questions, startQuestion, articles);
      if (!tree) throw new KbContentError(problems);
      if (unreached.length)
        logger.warn(`No troubleshooter outcome leads to ${unreached.join(', ')}: add one in src/kb/troubleshooter.ts.`);
      return {articles, troubleshooter: tree};
    },
    async contentLoaded({content, actions}) {
      const summaries = content.articles.map(toArticleSummary);
      const articlesData = await actions.createData('articles.json', JSON.stringify(summaries));
      actions.addRoute({
        path: context.baseUrl,
        exact: true,
        component: '@site/src/components/HomePage',
        modules: {articles: articlesData},
      });
      actions.addRoute({
        path: `${context.baseUrl}symptoms`,
        exact: true,
        component: '@site/src/components/SymptomIndex',
        modules: {articles: articlesData},
      });
      // Imported lazily by src/search/client.ts: its own hashed chunk, fetched on first search.
      await actions.createData('search-index.json', JSON.stringify(buildSearchIndex(content.articles)));
      const treeData = await actions.createData('troubleshooter.json', JSON.stringify(content.troubleshooter));
      actions.addRoute({
        path: `${context.baseUrl}troubleshoot`,
        exact: true,
        component: '@site/src/components/Troubleshooter',
        modules: {tree: treeData},
      });
    },
    async postBuild({content, outDir}) {
      // _redirects is read by Netlify, Cloudflare Pages and others: server-side 301s.
      const lines = siteRedirects(content.articles).map(
        (r) => `${context.baseUrl.replace(/\/$/, '')}${r.from} ${context.baseUrl.replace(/\/$/, '')}${r.to} 301`,
      );
      await fs.writeFile(path.join(outDir, '_redirects'), `${lines.join('\n')}\n`);
      // llms.txt and a Markdown copy of each article, next to its page.
      const site = `${context.siteConfig.url}${context.baseUrl.replace(/\/$/, '')}`;
      for (const a of content.articles) {
        await fs.writeFile(path.join(outDir, markdownPath(a)), articleMarkdown(a, site));
      }
      await fs.writeFile(
        path.join(outDir, 'llms.txt'),
        llmsTxt(content.articles, site, context.siteConfig.title, String(context.siteConfig.tagline)),
      );
    },
  };
}
