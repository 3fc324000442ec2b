/**
 * Docusaurus' `__webpack_require__.gca` (its ChunkAssetPlugin) turns a chunk
 * name into the chunk's URL, for `<Link>` prefetches. For a name the bundler
 * merged into another chunk (or never made a chunk) it returns a URL holding
 * "undefined", which Docusaurus' prefetch skips, because Docusaurus' file
 * names carry a per-chunk hash looked up in a table. Ours carry the build's
 * hash (index.ts), so the same lookup would return a real-looking URL, and
 * the prefetch a 404. This replaces that plugin with one whose lookup returns
 * undefined for a name that is not a chunk. Build-only.
 */
import type {Compiler, RuntimeModule} from 'webpack';

const PluginName = 'kb-chunk-asset';

/** The names Docusaurus' ChunkAssetPlugin has in core/lib/webpack/plugins: its instances are replaced by this one. */
export const replacedPlugin = 'ChunkAssetPlugin';

/** The runtime code: chunk name → URL, or undefined for a name that is not a chunk's. */
export function chunkAssetCode(
  nameToId: Readonly<Record<string, string | number>>,
  globals: {publicPath: string; getChunkScriptFilename: string},
): string {
  return `__webpack_require__.gca = function(name) { var id = ${JSON.stringify(nameToId)}[name]; return id === undefined ? undefined : ${globals.publicPath} + ${globals.getChunkScriptFilename}(id); };`;
}

export class KnownChunkAssetPlugin {
  apply(compiler: Compiler): void {
    const {RuntimeModule: Base, RuntimeGlobals} = compiler.webpack;
    class ChunkAssetRuntimeModule extends Base {
      constructor() {
        super('KnownChunkAssetRuntimeModule', Base.STAGE_ATTACH);
        this.fullHash = true;
      }
      override generate(): string {
        const idToName = this.chunk!.getChunkMaps(false).name;
        const nameToId = Object.fromEntries(Object.entries(idToName).map(([id, name]) => [name, id]));
        return chunkAssetCode(nameToId, RuntimeGlobals);
      }
    }
    compiler.hooks.thisCompilation.tap(PluginName, (compilation) => {
      compilation.hooks.additionalTreeRuntimeRequirements.tap(PluginName, (chunk) => {
        compilation.addRuntimeModule(chunk, new ChunkAssetRuntimeModule() as RuntimeModule);
      });
    });
  }
}
