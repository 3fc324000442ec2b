import path from 'node:path';
const __dirname = import.meta.dirname;
import {defineConfig} from 'vitest/config';

const doubles = path.resolve(__dirname, 'tests/support/docusaurus');

// Unit tests: components render on the server as in the build; the few
// Docusaurus modules they import are replaced by small test doubles.
export default defineConfig({
  // The site's tsconfig says jsx: preserve (Docusaurus compiles JSX itself).
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: path.resolve(__dirname, '$1')},
      {find: '@docusaurus/useDocusaurusContext', replacement: `${doubles}/useDocusaurusContext.ts`},
      {find: '@docusaurus/useBrokenLinks', replacement: `${doubles}/useBrokenLinks.ts`},
      {find: '@docusaurus/router', replacement: `${doubles}/router.ts`},
      {find: '@docusaurus/Link', replacement: `${doubles}/Link.tsx`},
      {find: '@docusaurus/useBaseUrl', replacement: `${doubles}/useBaseUrl.ts`},
      {find: '@docusaurus/useIsBrowser', replacement: `${doubles}/useIsBrowser.ts`},
      {find: '@docusaurus/useGlobalData', replacement: `${doubles}/useGlobalData.ts`},
      {find: '@theme-original/MDXComponents', replacement: `${doubles}/MDXComponents.ts`},
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    // One file at a time: the build tests run \`docusaurus build\` in this site folder, and two at once share
    // its generated files and bundler cache (a build hung so); the machine has two cores anyway.
    fileParallelism: false,
  },
});
