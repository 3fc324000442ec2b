import {defineConfig} from 'vitest/config';

// Releases: a second build, npm run release, serve:prod --releases and Chromium
// tabs across a switch (tests/release/). One file at a time: two files build
// their second release in this site folder, and two builds at once share its
// generated files.
export default defineConfig({
  test: {
    include: ['tests/release/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
