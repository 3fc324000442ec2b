/**
 * Folder of the articles, relative to the site. KB_DOCS_DIR points the build
 * at another folder: the build tests feed it broken fixture articles, the
 * benchmark a generated knowledge base.
 */
export const docsDir = process.env.KB_DOCS_DIR ?? 'docs';
