import {defineConfig} from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core, against the
// production build served by scripts/serve-static.ts (started once in
// tests/e2e/setup.ts). One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
