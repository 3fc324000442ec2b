import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');

/** Runs the real `docusaurus build` on a fixture folder of articles; returns exit code and output. */
function build(fixture: string) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-broken-build-'));
  const r = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: root,
    env: {
      ...process.env,
      KB_DOCS_DIR: `tests/fixtures/articles/${fixture}`,
      // Fixtures share the real guide registry rather than a copy of it.
      KB_GUIDES_FILE: path.join(root, 'docs/guides.json'),
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  fs.rmSync(outDir, {recursive: true, force: true});
  return {status: r.status, output: `${r.stdout}\n${r.stderr}`, wroteIndex: fs.existsSync(path.join(outDir, 'index.html'))};
}

describe('the build refuses broken articles and names the file', () => {
  it.each([
    ['duplicate-id', 'tests/fixtures/articles/duplicate-id/amz/second.mdx: kb_id: expected an ID no other article has'],
    ['missing-field', 'tests/fixtures/articles/missing-field/amz/no-symptoms.mdx: symptoms: expected a value (required field), received nothing'],
    ['no-issue', 'tests/fixtures/articles/no-issue/amz/no-issue.mdx: <Issue>: expected exactly one <Issue> callout'],
    ['no-cause', 'tests/fixtures/articles/no-cause/amz/no-cause.mdx: <Cause>: expected at least one <Cause> callout'],
    ['no-resolution', 'tests/fixtures/articles/no-resolution/amz/no-resolution.mdx: <Resolution>: expected exactly one <Resolution> callout'],
    ['bad-related', 'tests/fixtures/articles/bad-related/amz/bad-related.mdx: related: expected IDs of existing articles'],
  ])('%s', (fixture, message) => {
    const r = build(fixture);
    expect(r.status).not.toBe(0);
    expect(r.wroteIndex).toBe(false);
    expect(r.output).toContain(message);
  });
});
