/**
 * npm run test:multi — the browser and nginx tests whose behaviour depends on
 * the number of guides or on split routes, again on a generated knowledge base
 * of several guides (the real AMZ guide plus invented ones, `npm run
 * kb:generate`), with each guide's article routes split out of the main script
 * and its sidebar cut into ranges as on a large site; then the stale-tab
 * release tests on the real guide with its routes split. Which files run here,
 * and why, is the list below. The generated content lives in a temp folder and
 * build-multi/ and build-split/; nothing of it is committed or published.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {generateKnowledgeBase} from './kb-generator';

const root = path.resolve(__dirname, '..');

/**
 * Every browser and nginx test file, and whether it runs again here. A file runs here when what it asserts can
 * come out otherwise with several guides (the home page's guide sections, each guide's index, symptoms and search
 * across guides, the Guide filter), with article routes loaded from buckets (hydration, client-side navigation,
 * prefetching, short links into a bucket, the CSP's hashes), or with sidebar ranges. A file that tests one page,
 * one component or nginx itself the same way on any build runs once, on the published build (test:e2e,
 * test:nginx), where it means what it says. A new test file must be added here: this script refuses one that is
 * not.
 */
const tier: Record<string, {readonly multi: boolean; readonly why: string}> = {
  'tests/e2e/accessibility.test.ts': {
    multi: true,
    why: "axe on the pages several guides change: the home page's guide sections, each guide's index, sidebar ranges",
  },
  'tests/e2e/character-check.test.ts': {
    multi: false,
    why: 'one tool page and one article: the checker is the same component in any build',
  },
  'tests/e2e/domains.test.ts': {
    multi: false,
    why: "the AMZ guide's place table on its article, its page and the troubleshooter: the guide's own data",
  },
  'tests/e2e/exports.test.ts': {
    multi: false,
    why: "the published guide's llms.txt, Markdown copies and _redirects lines, read from the published build",
  },
  'tests/e2e/feedback.test.ts': {
    multi: false,
    why: 'the vote and reason form of one article on a static host: one component, whatever the guides',
  },
  'tests/e2e/keyboard-print.test.ts': {
    multi: false,
    why: "focus rings, the symptom filter by keyboard and the print stylesheet: the site's CSS and components",
  },
  'tests/e2e/layout.test.ts': {
    multi: true,
    why: 'guide sections on the home page, sidebar ranges and their "more" links, the phone menu of a range',
  },
  'tests/e2e/links.test.ts': {
    multi: true,
    why: "short links and link previews of articles in other route buckets, prefetching the next article's bucket",
  },
  'tests/e2e/no-javascript.test.ts': {
    multi: true,
    why: "a large guide's sidebar reaches every article through its ranges' pages; every control of the changed pages",
  },
  'tests/e2e/page-budget.test.ts': {
    multi: false,
    why: "the published pages' first-load budget; on a generated build it only prints (npm run bench:scale measures)",
  },
  'tests/e2e/pages.test.ts': {
    multi: true,
    why: 'hydration with split routes, and client-side navigation across guides and route buckets',
  },
  'tests/e2e/published-urls.test.ts': {
    multi: false,
    why: "the registry of the published site's URLs, against the published build",
  },
  'tests/e2e/reader-pages.test.ts': {
    multi: true,
    why: "each guide's article index, and the outline of articles loaded from route buckets",
  },
  'tests/e2e/search-tickets.test.ts': {
    multi: false,
    why: "its messages name the published guide's causes: it skips itself on a generated knowledge base",
  },
  'tests/e2e/search.test.ts': {
    multi: true,
    why: "the Guide filter, the engine's first result among competing guides, a larger index's shards, paging",
  },
  'tests/e2e/sidebar-windows.test.ts': {
    multi: true,
    why: 'sidebar ranges exist only here: the published guide has none, and the file skips itself there',
  },
  'tests/e2e/symptoms.test.ts': {
    multi: true,
    why: "the symptom index of several guides: filter, audience, and each entry's target in its route bucket",
  },
  'tests/e2e/troubleshooter.test.ts': {
    multi: true,
    why: '/troubleshoot beside guides without a tree, each outcome landing on an article in a route bucket',
  },
  'tests/nginx/browser.test.ts': {
    multi: true,
    why: "the CSP against a split-route build's chunks and inline scripts, every sampled page hydrating under it",
  },
  'tests/nginx/feedback-browser.test.ts': {
    multi: false,
    why: 'what one article and /search record through njs: the same lines whatever the number of guides',
  },
  'tests/nginx/feedback.test.ts': {
    multi: false,
    why: 'POSTs to the feedback endpoint: njs and the log, no page of the build',
  },
  'tests/nginx/headers.test.ts': {
    multi: true,
    why: 'the CSP must hash every inline script of a larger build and stay the same size at any number of articles',
  },
  'tests/nginx/limits.test.ts': {
    multi: false,
    why: "nginx's rate limits and log rotation, on a server of its own: no page of the build",
  },
  'tests/nginx/long-url.test.ts': {
    multi: false,
    why: "a 414 for a long /search URL: nginx's buffers, the same for any build",
  },
  'tests/nginx/precompressed.test.ts': {
    multi: false,
    why: 'serving the .br and .gz copy of a file: per file, the same however many files there are',
  },
  'tests/nginx/routing.test.ts': {
    multi: true,
    why: "every redirect of a larger _redirects: several guides' short links and pages",
  },
  'tests/nginx/slow-clients.test.ts': {
    multi: false,
    why: "nginx's worker connections under half-open clients: no page of the build",
  },
};

function filesOfTier(): {e2e: string[]; nginx: string[]} {
  const found = ['tests/e2e', 'tests/nginx'].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => `${dir}/${f}`),
  );
  const unlisted = found.filter((f) => !(f in tier));
  const gone = Object.keys(tier).filter((f) => !found.includes(f));
  if (unlisted.length || gone.length) {
    console.error(
      `test:multi: scripts/test-multi-guide.ts lists which test files run on the multi-guide build. ` +
        `Expected every file of tests/e2e and tests/nginx there; ` +
        [
          unlisted.length ? `not listed: ${unlisted.join(', ')}` : '',
          gone.length ? `listed but missing: ${gone.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; '),
    );
    process.exit(1);
  }
  const multi = found.filter((f) => tier[f].multi);
  return {
    e2e: multi.filter((f) => f.startsWith('tests/e2e/')),
    nginx: multi.filter((f) => f.startsWith('tests/nginx/')),
  };
}

function step(label: string, cmd: string, args: string[], env: Record<string, string>, docs?: string): void {
  console.log(`\n— ${label}`);
  const r = spawnSync(cmd, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  if (r.status !== 0) {
    const kept = docs ? `; generated knowledge base kept in ${docs}` : '';
    console.error(`test:multi: ${label} failed (exit ${r.status})${kept}`);
    process.exit(r.status ?? 1);
  }
}

const files = filesOfTier();
const count = Number(process.env.MULTI_COUNT ?? 60);
const docs = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-multi-'));
const out = path.join(root, 'build-multi');
const kb = generateKnowledgeBase({count, out: docs, seed: 7, guides: 3});
console.log(
  `Generated ${kb.articles} articles in ${kb.guides.length} guides (${kb.guides.map((g) => `${g.prefix} ${g.articles}`).join(', ')}) in ${docs}`,
);
// Guides of about twenty articles: low figures make them load their article routes in buckets of four and split
// their sidebar groups into ranges of three whose links load apart, a page listing one range of a group
// and "more" links for the others, as a help center of thousands does (src/plugins/lazyRoutes,
// src/theme/DocSidebarItems), so the suites below run on that too.
const env = {
  KB_DOCS_DIR: docs,
  KB_LAZY_ROUTES_MIN: '8',
  KB_LAZY_ROUTES_PER_BUCKET: '4',
  KB_SIDEBAR_GROUP: '3',
};
step('build', 'npx', ['docusaurus', 'build', '--out-dir', out], env, docs);
const vitest = (config: string, list: string[]) => ['vitest', 'run', '--config', config, ...list];
step('browser tests', 'npx', vitest('vitest.e2e.config.mts', files.e2e), {...env, E2E_BUILD_DIR: out}, docs);
step('nginx tests', 'npx', vitest('vitest.nginx.config.mts', files.nginx), {...env, BUILD_DIR: out}, docs);
fs.rmSync(docs, {recursive: true, force: true});
// Stale tabs across a release, on the real guide with its routes split too: chunk file names then carry the build's
// hash, and idle prefetches preload (src/plugins/lazyRoutes), so an old tab's chunks are another release's files.
const split = {KB_LAZY_ROUTES_MIN: '2', KB_LAZY_ROUTES_PER_BUCKET: '2'};
const splitOut = path.join(root, 'build-split');
step('build, routes split', 'npx', ['docusaurus', 'build', '--out-dir', splitOut], split);
step('stale-tab tests, routes split', 'npx', vitest('vitest.release.config.mts', ['tests/release/stale-tab.test.ts']), {
  ...split,
  RELEASE_BUILD_DIR: splitOut,
});
