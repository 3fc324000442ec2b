/**
 * What the browser needs of a docs version's route props. Build-only.
 *
 * The docs plugin hands each version's root route one props module: the
 * version's metadata, every sidebar, and `docs`, a table of every doc's id,
 * title and description. Every page of the version loads it before it can
 * render, and `docs` grows with the guide.
 * In the browser only the theme's DocCard reads `docs` (through useDocById,
 * on category index pages and where an article renders <DocCardList>), and
 * this site renders neither; the server build keeps the whole table, so the
 * HTML is the same.
 */

/** The part of a version props module this reads: `{version: {docs, docsSidebars, …}}`. */
export interface VersionProps {
  readonly version: {readonly docs: Readonly<Record<string, unknown>>; readonly [key: string]: unknown};
}

export const isVersionProps = (value: unknown): value is VersionProps => {
  const version = (value as {version?: {docs?: unknown; docsSidebars?: unknown}} | null)?.version;
  return (
    typeof version === 'object' &&
    version !== null &&
    typeof version.docs === 'object' &&
    version.docs !== null &&
    typeof version.docsSidebars === 'object'
  );
};

/**
 * The props without the doc table: what the browser reads of them; with
 * `sidebars`, the sidebars whose closed ranges load apart (the large-guide plugin's
 * sidebar windows) instead of the version's own.
 */
export const slimVersionProps = (props: VersionProps, sidebars?: Readonly<Record<string, unknown>>): VersionProps => ({
  ...props,
  version: {...props.version, docs: {}, ...(sidebars ? {docsSidebars: sidebars} : {})},
});

/**
 * Why the doc table must stay, or undefined: a page that renders doc cards
 * (a category index page, or <DocCardList> in an article) reads it in the
 * browser too. `registrySource` is .docusaurus/registry.js, which imports
 * every route's component and content.
 */
export function docCardUse(registrySource: string, contentSources: Iterable<[string, string]>): string | undefined {
  if (registrySource.includes('@theme/DocCategoryGeneratedIndexPage')) return 'a category index page (DocCardList)';
  for (const [file, text] of contentSources)
    if (/\b(DocCardList|DocCard|useDocById)\b/.test(text)) return `${file} (renders doc cards)`;
  return undefined;
}
