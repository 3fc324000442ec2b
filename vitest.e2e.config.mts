import {defineConfig} from 'vitest/config';

// Browser tests: Debian's Chromium through playwright-core, against the
// production build served by deploy/serve-static.ts (started once in
// tests/e2e/setup.ts). Two files at a time, each with its own Chromium: a
// file spends most of its time waiting on the browser and the server, so one
// alone leaves most of the two cores idle. Every file uses its own browser
// profile and pages, so nothing it does is seen by the other.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
