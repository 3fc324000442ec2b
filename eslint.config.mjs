// ESLint for the site's TypeScript/React code and its MDX articles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import * as mdx from 'eslint-plugin-mdx';
import globals from 'globals';

export default tseslint.config(
  {
    // What builds, releases and the feedback log leave in the checkout (.gitignore): generated, not ours to lint.
    ignores: [
      'build/',
      'build-multi/',
      'build-split/',
      'releases/',
      'feedback/',
      '.docusaurus/',
      'node_modules/',
      'tests/fixtures/',
      'coverage/',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: {'react-hooks': reactHooks},
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    ...mdx.flat,
    files: ['docs/**/*.mdx', 'docs-guide/**/*.mdx'],
  },
);
