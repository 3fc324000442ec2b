import {defineConfig} from 'vitest/config';

// The production-like server: Debian's nginx with the config rendered from
// deploy/nginx.conf.template (scripts/serve-prod.ts), started once on a free
// loopback port in tests/nginx/setup.ts and stopped after. BUILD_DIR points
// it at a build other than ./build. One file at a time: two cores.
export default defineConfig({
  test: {
    include: ['tests/nginx/**/*.test.ts'],
    globalSetup: ['tests/nginx/setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
