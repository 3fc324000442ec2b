// ESLint for the site's TypeScript/React code and its MDX articles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import * as mdx from 'eslint-plugin-mdx';
import globals from 'globals';
import {builtinModules} from 'node:module';

/** Node's modules (with or without the node: prefix) and the build-time code: never in the browser. */
const nodeOnly = [
  {regex: '^node:', message: 'Node modules do not run in the browser: move this code to src/build or scripts.'},
  {
    regex: `^(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?$`,
    message: 'Node modules do not run in the browser: move this code to src/build or scripts.',
  },
  {
    regex:
      '(^|/)(build|remark|plugins/(kb|guideDocs|largeGuide/(?!runtime/)[^/]+|largeGuide/?$|bundleReport|unusedInfima)|deploy|scripts)(/|$)',
    message: 'Build-time, deploy and script code does not run in the browser.',
  },
];
/** React and Docusaurus' client API: the model stays plain TypeScript, usable by the build and the evaluations. */
const reactOrDocusaurus = [
  {
    regex: '^(react|react-dom)(/.*)?$',
    message: 'The model is plain TypeScript: put hooks and components in src/hooks or src/components.',
  },
  {
    regex: '^@(docusaurus|theme|theme-original|generated)/',
    message: 'The model is plain TypeScript: put hooks and components in src/hooks or src/components.',
  },
];

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
  // What runs where (CONTRIBUTING.md, "Where code runs"). The model and the shared helpers run in the browser
  // and in Node (the build, the evaluations): neither React nor Node. Browser code may use React and
  // Docusaurus' client API, never Node's modules nor the build's code.
  {
    files: ['src/kb/**', 'src/search/*.ts', 'src/lib/**'],
    rules: {'no-restricted-imports': ['error', {patterns: [...nodeOnly, ...reactOrDocusaurus]}]},
  },
  {
    files: [
      'src/components/**',
      'src/theme/**',
      'src/pages/**',
      'src/clientModules/**',
      'src/hooks/**',
      'src/guides/**',
      // The large-guide plugin's browser runtime.
      'src/plugins/largeGuide/runtime/**',
      'src/plugins/noPrism/prismStub.ts',
    ],
    rules: {'no-restricted-imports': ['error', {patterns: nodeOnly}]},
  },
  // The njs modules nginx runs (deploy/README.md): njs has its own fs and crypto, no node: prefix and no packages.
  {
    files: ['deploy/*.js'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(fs|crypto|querystring|zlib|xml)$)',
              message: 'deploy/*.js runs in nginx (njs): import njs modules only (fs, crypto, querystring, zlib, xml).',
            },
          ],
        },
      ],
    },
  },
  {
    ...mdx.flat,
    files: ['docs/**/*.mdx', 'docs-guide/**/*.mdx'],
  },
);
