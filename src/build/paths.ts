import path from 'node:path';

/**
 * Folder of the knowledge base, relative to the site: `guides.json` and one
 * folder of articles per guide. KB_DOCS_DIR points the build at another
 * folder: the build tests feed it broken fixture articles, the benchmarks a
 * generated knowledge base.
 */
export const docsDir = process.env.KB_DOCS_DIR ?? 'docs';

/** The guide registry; KB_GUIDES_FILE lets test fixtures share one instead of copying it into every case. */
export function guidesFile(dir: string): string {
  return process.env.KB_GUIDES_FILE ?? path.join(dir, 'guides.json');
}

/**
 * The path the site is served under, with a leading and a trailing slash ("docs", "/docs" and "/docs/" are all
 * "/docs/"): what the build, the servers and the benchmarks use for BASE_URL.
 */
export function normalizeBaseUrl(value = process.env.BASE_URL ?? '/'): string {
  return `/${value.replace(/^\/|\/$/g, '')}/`.replace('//', '/');
}
