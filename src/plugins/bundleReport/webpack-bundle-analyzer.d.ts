// webpack-bundle-analyzer ships no types; this is the part the plugin uses.
declare module 'webpack-bundle-analyzer' {
  export interface BundleAnalyzerOptions {
    analyzerMode?: 'server' | 'static' | 'json' | 'disabled';
    reportFilename?: string;
    openAnalyzer?: boolean;
    logLevel?: 'info' | 'warn' | 'error' | 'silent';
  }
  export class BundleAnalyzerPlugin {
    constructor(options?: BundleAnalyzerOptions);
    apply(compiler: unknown): void;
  }
}
