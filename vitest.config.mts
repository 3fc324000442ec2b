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
      {find: '@docusaurus/Head', replacement: `${doubles}/Head.tsx`},
      {find: '@docusaurus/useBaseUrl', replacement: `${doubles}/useBaseUrl.ts`},
      {find: '@docusaurus/useIsBrowser', replacement: `${doubles}/useIsBrowser.ts`},
      {find: '@docusaurus/useGlobalData', replacement: `${doubles}/useGlobalData.ts`},
      {find: '@theme-original/MDXComponents', replacement: `${doubles}/MDXComponents.ts`},
    ],
  },
  test: {
    testTimeout: 120_000,
    maxWorkers: 2,
    projects: [
      // Units read and render in process: two files at a time.
      {extends: true, test: {name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], sequence: {groupOrder: 0}}},
      // The build tests run `docusaurus build` in this site folder, and two at once share its generated files and
      // bundler cache (a build hung so): one file at a time, after the units.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          sequence: {groupOrder: 1},
        },
      },
    ],
  },
});
