/**
 * Opt-in (KB_BUNDLE_REPORT=<file>): writes webpack-bundle-analyzer's JSON report of the browser bundle,
 * every chunk with its modules and their sizes (stat, minified, gzip), for `npm run bench:bundle`. Off in
 * every ordinary build. Uses the documented `configureWebpack` lifecycle; Rspack runs webpack plugins.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {BundleAnalyzerPlugin} from 'webpack-bundle-analyzer';

export interface BundleReportOptions {
  /** Where the JSON report goes (absolute path). */
  readonly reportFile: string;
}

export default function bundleReportPlugin(_context: LoadContext, options: unknown): Plugin {
  const {reportFile} = options as BundleReportOptions;
  return {
    name: 'kb-bundle-report',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          new BundleAnalyzerPlugin({
            analyzerMode: 'json',
            reportFilename: reportFile,
            openAnalyzer: false,
            logLevel: 'warn',
          }),
        ],
      };
    },
  };
}
