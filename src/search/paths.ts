/**
 * Where the build writes the search index data (createData of the kb
 * plugin). The browser imports it as a lazily loaded chunk; the evaluation
 * and the benchmark read the same file.
 */
export const builtSearchIndexPath = '.docusaurus/kb-content/default/search-index.json';
