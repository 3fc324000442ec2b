/**
 * The browser bundle runs on Preact's React-compatible layer instead of React
 * DOM: the same components, a fraction of the first-load JavaScript on every
 * page. Only the client build is aliased; the server build still renders the
 * HTML with React, which the client then hydrates. Docusaurus aliases `react`
 * and `react-dom` to the site's packages (core's webpack base config); these
 * same keys replace them.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const compat = path.join(path.dirname(require.resolve('preact/package.json')), 'compat');

export default function preactPlugin(): Plugin {
  return {
    name: 'kb-preact',
    configureWebpack: (_config, isServer) => (isServer ? {} : {resolve: {alias: {react: compat, 'react-dom': compat}}}),
  };
}
