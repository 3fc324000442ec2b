/**
 * npm run test:multi — the browser and nginx suites again, on a generated
 * knowledge base of several guides (the real AMZ guide plus invented ones,
 * `npm run kb:generate`), so search, symptoms, the troubleshooter, short
 * links, axe, no-JS and CSP are proven beyond the one guide the site
 * publishes, with each guide's article routes split out of the main script
 * as on a large site; then the stale-tab release tests on the real guide
 * with its routes split. The generated content lives in a temp folder and
 * build-multi/ and build-split/; nothing of it is committed or published.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {generateKnowledgeBase} from './kb-generator';

const root = path.resolve(__dirname, '..');
const count = Number(process.env.MULTI_COUNT ?? 60);
const docs = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-multi-'));
const out = path.join(root, 'build-multi');

function step(label: string, cmd: string, args: string[], env: Record<string, string>): void {
  console.log(`\n— ${label}`);
  const r = spawnSync(cmd, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  if (r.status !== 0) {
    console.error(`test:multi: ${label} failed (exit ${r.status}); generated knowledge base kept in ${docs}`);
    process.exit(r.status ?? 1);
  }
}

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
step('build', 'npx', ['docusaurus', 'build', '--out-dir', out], env);
step('browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.mts'], {...env, E2E_BUILD_DIR: out});
step('nginx tests', 'npx', ['vitest', 'run', '--config', 'vitest.nginx.config.mts'], {...env, BUILD_DIR: out});
fs.rmSync(docs, {recursive: true, force: true});
// Stale tabs across a release, on the real guide with its routes split too: chunk file names then carry the build's
// hash, and idle prefetches preload (src/plugins/lazyRoutes), so an old tab's chunks are another release's files.
const split = {KB_LAZY_ROUTES_MIN: '2', KB_LAZY_ROUTES_PER_BUCKET: '2'};
const splitOut = path.join(root, 'build-split');
step('build, routes split', 'npx', ['docusaurus', 'build', '--out-dir', splitOut], split);
step(
  'stale-tab tests, routes split',
  'npx',
  ['vitest', 'run', '--config', 'vitest.release.config.mts', 'tests/release/stale-tab.test.ts'],
  {...split, RELEASE_BUILD_DIR: splitOut},
);
