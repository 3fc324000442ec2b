import {createHash} from 'node:crypto';

/** The part of a bundler configuration this reads: Rspack's persistent cache, or webpack's filesystem cache. */
interface CachedConfiguration {
  cache?: unknown;
  experiments?: {cache?: unknown};
}

const versioned = (cache: unknown): cache is {version: string} =>
  !!cache && typeof cache === 'object' && typeof (cache as {version?: unknown}).version === 'string';

/**
 * Keys the bundler's persistent cache on what a plugin changed in its
 * configuration. Docusaurus versions that cache by its theme aliases only
 * (getCacheVersion in @docusaurus/core/lib/webpack/base.js) because the
 * bundler does not evict it when resolve aliases change (webpack/webpack#13627);
 * a plugin that adds aliases or renames chunks appends a digest of them, so a
 * build with other aliases starts cold instead of resolving a module to what
 * a previous build aliased it to. Build-only.
 */
export function keyBundlerCache(configuration: object, changes: unknown): void {
  // Rspack's options are not in the webpack Configuration type Docusaurus hands plugins.
  const config = configuration as CachedConfiguration;
  const digest = createHash('md5').update(JSON.stringify(changes)).digest('hex').slice(0, 8);
  for (const cache of [config.experiments?.cache, config.cache]) if (versioned(cache)) cache.version += `-${digest}`;
}
