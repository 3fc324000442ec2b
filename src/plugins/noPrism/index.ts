/**
 * Keeps the Prism highlighter out of the bundle. theme-classic's client
 * module imports Prism on every page even when no code block is highlighted;
 * our CodeBlock (src/theme/CodeBlock) does not highlight, so the module gets
 * a stub instead (less to load and to run on every page; `npm run bench:bundle` lists what each page loads).
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function noPrismPlugin(): Plugin {
  return {
    name: 'kb-no-prism',
    configureWebpack: () => ({
      resolve: {alias: {'prism-react-renderer$': path.resolve(__dirname, 'prismStub.ts')}},
    }),
  };
}
