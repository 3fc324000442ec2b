/**
 * The static page behind each redirect (short links, former slugs), for hosts
 * that do not answer build/_redirects with a 301: a meta refresh, which works
 * without JavaScript, and a script that carries the query and the fragment
 * along (`/kb/AMZ-002#step-2`).
 *
 * The script reads its target from the page's canonical link, so it is the
 * same text on every redirect page and the Content-Security-Policy needs one
 * hash for all of them. Docusaurus' client-redirects plugin, used before,
 * writes the target into each script: one hash per article, a 54 kB header
 * at 1,000 articles, which nginx refuses to load past about 65 articles
 * (a config token is at most 4 kB).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {KbContentError, type ContentProblem} from '../kb/errors';
import type {ArticleRecord} from '../kb/types';
import {siteRedirects} from './redirects';

/** The inline script of every redirect page: replace(), so Back does not land on the redirect again. */
export const redirectScript =
  "location.replace(document.querySelector('link[rel=canonical]').href+location.search+location.hash)";

const escapeAttribute = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page for one redirect; `to` is the target path, base URL included. */
export function redirectPage(to: string): string {
  const href = escapeAttribute(to);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="refresh" content="0; url=${href}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<title>Moved to ${href}</title>
<script>${redirectScript}</script>
</head>
<body><p>This page moved to <a href="${href}">${href}</a>.</p></body>
</html>
`;
}

/** Where the page for `from` (a path below the base URL) goes: `from/index.html`, as static hosts look it up. */
export const redirectPageFile = (outDir: string, from: string): string =>
  path.join(outDir, ...decodeURI(from).split('/').filter(Boolean), 'index.html');

/**
 * Each redirect that would shadow a page (nginx answers the redirect before
 * looking for the file) or that two articles claim, as a content problem of
 * the article that declares it. `routes`: every page path of the build,
 * without the base URL.
 */
export function redirectProblems(articles: readonly ArticleRecord[], routes: readonly string[]): ContentProblem[] {
  const pages = new Set(routes.map((r) => r.replace(/\/$/, '').toLowerCase()));
  const owners = new Map<string, ArticleRecord>();
  const problems: ContentProblem[] = [];
  for (const a of articles)
    for (const {from} of siteRedirects([a])) {
      const key = from.replace(/\/$/, '').toLowerCase();
      const field = a.redirectFrom.includes(from) ? 'redirect_from' : 'kb_id';
      const other = owners.get(key);
      if (pages.has(key))
        problems.push({file: a.file, field, expected: 'a path that is no page of the site', received: `"${from}", a page`});
      else if (other && other !== a)
        problems.push({
          file: a.file,
          field,
          expected: 'a path no other article redirects',
          received: `"${from}", also redirected to ${other.permalink} by ${other.file}`,
        });
      else owners.set(key, a);
    }
  return problems;
}

/**
 * Writes the redirect page of every redirect of `articles` into the build,
 * after checking them against the build's pages (`routes`, without the base
 * URL). Never overwrites a file.
 */
export async function writeRedirectPages(
  outDir: string,
  baseUrl: string,
  articles: readonly ArticleRecord[],
  routes: readonly string[],
): Promise<number> {
  const problems = redirectProblems(articles, routes);
  if (problems.length) throw new KbContentError(problems);
  const base = baseUrl.replace(/\/$/, '');
  const redirects = siteRedirects(articles);
  for (const {from, to} of redirects) {
    const file = redirectPageFile(outDir, from);
    await fs.mkdir(path.dirname(file), {recursive: true});
    const page = redirectPage(`${base}${to}`);
    await fs.writeFile(file, page, {flag: 'wx'}).catch(async (e: NodeJS.ErrnoException) => {
      // The same page twice is fine: /kb/AMZ-001 and /kb/amz-001 are one file where names ignore case.
      if (e.code === 'EEXIST' && (await fs.readFile(file, 'utf8')) === page) return;
      throw e.code === 'EEXIST'
        ? new Error(`Redirect page for ${from}: ${file} already exists; a redirect never replaces a page`)
        : e;
    });
  }
  return redirects.length;
}
