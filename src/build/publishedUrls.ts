/**
 * Published URLs never break. The registry (tests/published-urls.txt) lists
 * every public URL we have handed out; this module lists the current ones
 * and checks that each registered URL still resolves in a build, following
 * the redirect pages a renamed article leaves behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import {shortLink} from '../kb/ids';
import type {ArticleRecord, Guide} from '../kb/types';

/** Pages outside the articles that support links to. */
export const fixedPublicPaths = [
  '/',
  '/symptoms',
  '/troubleshoot',
  '/search',
  '/tools/character-check',
  '/tools/amazon-domains',
] as const;

/** Every public URL of the current content: pages, their cause and step anchors, short links, each guide's index. */
export function currentPublicUrls(articles: readonly ArticleRecord[], guides: readonly Guide[]): string[] {
  const own = guides.filter((g) => articles.some((a) => a.guide === g.id));
  return [
    ...fixedPublicPaths,
    // Each guide's own symptom page and article index.
    ...own.map((g) => `/symptoms/${g.id}`),
    ...own.map((g) => `/${g.routeBasePath}`),
    ...articles.flatMap((a) => [
      a.permalink,
      `${a.permalink}#resolution`,
      ...a.causes.map((c) => `${a.permalink}#${c.id}`),
      ...a.steps.map((s) => `${a.permalink}#${s.id}`),
      shortLink(a.kbId),
    ]),
  ];
}

export function readRegistry(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function pageFile(buildDir: string, pathname: string): string | null {
  const clean = pathname.replace(/\/$/, '');
  for (const candidate of [`${clean}.html`, `${clean}/index.html`]) {
    const file = path.join(buildDir, candidate);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/** Where a redirect page (src/build/redirectPages.ts, meta refresh) sends the reader. */
function redirectTarget(html: string): string | null {
  const m = /<meta[^>]+http-equiv=["']?refresh["']?[^>]+content=["']?\d+;\s*url=([^"'>\s]+)/i.exec(html);
  return m ? m[1] : null;
}

/** Null when the URL resolves (with its anchor); otherwise why not, naming the URL and what to do. */
export function checkPublishedUrl(buildDir: string, url: string): string | null {
  const [pathname, anchor] = url.split('#');
  let current = pathname;
  for (let hops = 0; hops < 5; hops++) {
    const file = pageFile(buildDir, current);
    if (!file) {
      return (
        `Published URL ${url} no longer resolves: there is no page at ${current}. ` +
        'Pages that support links point to must keep working: if the article was renamed, add its old path to ' +
        `"redirect_from" in the renamed article's front matter (e.g. redirect_from: [${current.replace(/^.*(\/[^/]+)$/, '$1')}]), or restore the page.`
      );
    }
    const html = fs.readFileSync(file, 'utf8');
    const target = redirectTarget(html);
    if (target) {
      current = new URL(target, 'http://site').pathname;
      continue;
    }
    if (anchor && !new RegExp(`\\sid=["']?${anchor}["'\\s>]`).test(html)) {
      return (
        `Published URL ${url} lost its anchor: ${current} has no element with id "${anchor}". ` +
        'Anchors are written in the content (<Cause id>, <Step id>); keep the id when rewording, or renumber with care.'
      );
    }
    return null;
  }
  return `Published URL ${url} redirects more than 5 times.`;
}
