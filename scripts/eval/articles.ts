/**
 * The published articles as the peers see them: KB ID by route. Read from
 * the articles' front matter (kb_id, slug) and the guide's routeBasePath, so
 * a result URL of any of the three searches maps back to a KB ID.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export interface ArticleRoutes {
  readonly ids: ReadonlySet<string>;
  /** Each guide's first path segment ("articles"): where the articles' pages are. */
  readonly routeBases: readonly string[];
  /**
   * The KB ID of a result URL (ours: /articles/<slug>; the stock site puts
   * docs under /docs: /docs/articles/<slug>), or the URL's path when it is
   * not an article, so a non-article result still takes its place in the ranking.
   */
  kbIdOf(url: string): string;
}

export function readArticleRoutes(docsDir: string): ArticleRoutes {
  const file = path.join(docsDir, 'guides.json');
  const {guides} = JSON.parse(fs.readFileSync(file, 'utf8')) as {guides: {id: string; routeBasePath?: string}[]};
  const byRoute = new Map<string, string>();
  for (const guide of guides) {
    const dir = path.join(docsDir, guide.id);
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const {data} = matter(fs.readFileSync(path.join(dir, name), 'utf8'));
      if (typeof data.kb_id !== 'string' || typeof data.slug !== 'string')
        throw new Error(
          `${path.join(dir, name)}: expected kb_id and slug in front matter, received ${JSON.stringify(data)}`,
        );
      byRoute.set(`/${guide.routeBasePath ?? guide.id}${data.slug}`.toLowerCase(), data.kb_id);
    }
  }
  if (!byRoute.size) throw new Error(`No articles found in ${docsDir}: expected <guide>/*.mdx beside guides.json`);
  return {
    ids: new Set(byRoute.values()),
    routeBases: guides.map((g) => g.routeBasePath ?? g.id),
    kbIdOf(url) {
      const p = new URL(url, 'http://x').pathname
        .replace(/(\/index)?\.html$/, '')
        .replace(/\/$/, '')
        .toLowerCase();
      return byRoute.get(p) ?? byRoute.get(p.replace(/^\/docs(?=\/)/, '')) ?? p;
    },
  };
}
