/**
 * The build refuses broken articles and names the file. Each fixture goes through the kb plugin's loadContent in
 * process, the step of `docusaurus build` that loads and checks the articles; one real build proves that a refusal
 * there fails the build, with the message and no page written.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {afterEach, describe, expect, it, vi} from 'vitest';
import kbPlugin, {type KbPluginOptions} from '../../src/plugins/kb';

const root = path.resolve(__dirname, '../..');
const fixtureDir = (fixture: string) => `tests/fixtures/articles/${fixture}`;
// Fixtures share the real guide registry rather than a copy of it.
const guidesFile = path.join(root, 'docs/guides.json');

const fixtures = [
  ['duplicate-id', 'tests/fixtures/articles/duplicate-id/amz/second.mdx: kb_id: expected an ID no other article has'],
  [
    'missing-field',
    'tests/fixtures/articles/missing-field/amz/no-symptoms.mdx: symptoms: expected a value (required field), received nothing',
  ],
  ['no-issue', 'tests/fixtures/articles/no-issue/amz/no-issue.mdx: <Issue>: expected exactly one <Issue> callout'],
  ['no-cause', 'tests/fixtures/articles/no-cause/amz/no-cause.mdx: <Cause>: expected at least one <Cause> callout'],
  [
    'no-resolution',
    'tests/fixtures/articles/no-resolution/amz/no-resolution.mdx: <Resolution>: expected exactly one <Resolution> callout',
  ],
  ['bad-related', 'tests/fixtures/articles/bad-related/amz/bad-related.mdx: related: expected IDs of existing articles'],
  // Content never reaches a page as script (issue 27).
  [
    'script-jsx-expression',
    'tests/fixtures/articles/script-jsx-expression/amz/script-jsx-expression.mdx: body (line 24): expected no {…} expression',
  ],
] as const;

/** The kb plugin as `docusaurus build` runs it on `fixture`: the error its loadContent throws, or null. */
async function loadContentError(fixture: string): Promise<string | null> {
  vi.stubEnv('KB_GUIDES_FILE', guidesFile);
  const context = {siteDir: root, baseUrl: '/'} as LoadContext;
  const plugin = kbPlugin(context, {docsDir: fixtureDir(fixture)} satisfies KbPluginOptions);
  try {
    await plugin.loadContent!();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the build refuses broken articles and names the file', () => {
  it.each(fixtures)('%s', async (fixture, message) => {
    expect(await loadContentError(fixture)).toContain(message);
  });

  it('a refused article fails `docusaurus build`: non-zero exit, the message, no page written', () => {
    const [fixture, message] = fixtures[0];
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-broken-build-'));
    try {
      const r = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
        cwd: root,
        env: {...process.env, KB_DOCS_DIR: fixtureDir(fixture), KB_GUIDES_FILE: guidesFile},
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.status).not.toBe(0);
      expect(`${r.stdout}\n${r.stderr}`).toContain(message);
      expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
    } finally {
      fs.rmSync(outDir, {recursive: true, force: true});
    }
  });
});
