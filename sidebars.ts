import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import path from 'node:path';
import {categories} from './src/kb/categories';
import {loadArticles} from './src/kb/articles';
import {docsDir} from './src/kb/paths';

// Grouped by each article's front matter `category`, in KB ID order: a new
// article appears in the right group with no edit here.
const root = path.resolve(__dirname, docsDir);
const articles = loadArticles(root, __dirname);

const sidebars: SidebarsConfig = {
  articles: categories
    .map((c) => ({
      type: 'category' as const,
      label: c.label,
      collapsible: true,
      // Open while the knowledge base is small; past a few dozen articles, closed
      // groups keep every page's HTML from listing every article.
      collapsed: articles.length > 30,
      items: articles
        .filter((a) => a.category === c.id)
        .map((a) => ({
          type: 'doc' as const,
          id: path.relative(root, path.resolve(__dirname, a.file)).replace(/\.mdx?$/, ''),
        })),
    }))
    .filter((c) => c.items.length > 0),
};

export default sidebars;
