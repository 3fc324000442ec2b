/**
 * The site's redirects, and build/_redirects: written here by the kb plugin, read here by every server
 * (the nginx config, a release's settings for njs, serve:static).
 */
import fs from 'node:fs';
import path from 'node:path';
import {shortLink} from '../kb/ids';
import type {ArticleRecord} from '../kb/types';

export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/**
 * Every redirect the site defines, without the base URL: the short links
 * (upper and lower case; other casings are caught by the not-found page and
 * by the server's case-insensitive rule) and the former slugs of renamed
 * pages. One source for the redirect pages, _redirects and nginx.
 */
export function siteRedirects(articles: readonly ArticleRecord[]): Redirect[] {
  return articles.flatMap((a) => [
    {from: shortLink(a.kbId), to: a.permalink},
    {from: shortLink(a.kbId.toLowerCase()), to: a.permalink},
    ...a.redirectFrom.map((from) => ({from, to: a.permalink})),
  ]);
}

/** Read by Netlify, Cloudflare Pages and others, and by our servers: server-side 301s. */
export const redirectsFile = '_redirects';

/** The text of build/_redirects: "from to 301" per line, base URL included. */
export function redirectsText(redirects: readonly Redirect[], baseUrl: string): string {
  const base = baseUrl.replace(/\/$/, '');
  return `${redirects.map((r) => `${base}${r.from} ${base}${r.to} 301`).join('\n')}\n`;
}

/** The rules of build/_redirects, checked: plain paths and 301s only, which every server here can match. */
export function readRedirects(buildDir: string): Redirect[] {
  const file = path.join(buildDir, redirectsFile);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: the kb plugin writes it in postBuild; run "npm run build".`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, i) => {
      const [from, to, status = '301'] = line.split(/\s+/);
      if (!from?.startsWith('/') || !to || status !== '301' || /[*:$"\\\s]/.test(from + to) || from.length > 200) {
        throw new Error(
          `${redirectsFile} line ${i + 1}: expected "/from /to 301" with plain paths (from at most 200 characters), received "${line}"`,
        );
      }
      return {from, to};
    });
}

/** How a request path meets a redirect: decoded, lower case, no trailing slash (nginx matches $uri so). */
export const redirectKey = (urlPath: string): string => decodeURI(urlPath).replace(/\/$/, '').toLowerCase();

/** Key (redirectKey) → target of every rule; two targets for one key is an error. */
export function redirectTable(rules: readonly Redirect[]): Record<string, string> {
  const table: Record<string, string> = {};
  for (const {from, to} of rules) {
    const key = redirectKey(from);
    const previous = table[key];
    if (previous && previous !== to)
      throw new Error(
        `${redirectsFile}: ${from} leads to both ${previous} and ${to} (paths are matched case-insensitively)`,
      );
    table[key] = to;
  }
  return table;
}
