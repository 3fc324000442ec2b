import {defineConfig} from 'vitest/config';

// The production-like server: Debian's nginx with the config rendered from
// deploy/nginx.conf.template (deploy/serve-prod.ts), started on a free
// loopback port in tests/nginx/setup.ts, one per project below, and stopped
// after. BUILD_DIR points it at a build other than ./build. Two files at a
// time, each project's on a server of its own where a file reads the
// feedback log: what another file's pages record goes to another log.
const nginx = {globalSetup: ['tests/nginx/setup.ts'], testTimeout: 120_000, hookTimeout: 120_000};
const feedbackInBrowser = 'tests/nginx/feedback-browser.test.ts';
const ownTimings = ['tests/nginx/feedback.test.ts', 'tests/nginx/limits.test.ts', 'tests/nginx/slow-clients.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      // Pages, headers and routing through nginx: nothing here reads the log.
      {
        test: {
          ...nginx,
          name: 'pages',
          include: ['tests/nginx/**/*.test.ts'],
          exclude: [feedbackInBrowser, ...ownTimings],
        },
      },
      // What a browser's votes and searches add to the log, beside the pages.
      {test: {...nginx, name: 'feedback-browser', include: [feedbackInBrowser]}},
      // The endpoint's rate limit, nginx's own limits and slow clients count requests and time answers: one file at
      // a time, once the browsers are done.
      {test: {...nginx, name: 'server', include: ownTimings, fileParallelism: false, sequence: {groupOrder: 1}}},
    ],
  },
});
