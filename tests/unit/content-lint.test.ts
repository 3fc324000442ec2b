import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadArticles} from '../../src/kb/articles';
import {lintArticles} from '../../src/kb/contentLint';
import {formatProblem} from '../../src/kb/errors';

const root = path.resolve(__dirname, '../..');
const lint = (name: string) =>
  lintArticles(loadArticles(path.join(root, 'tests/fixtures/lint', name), root), new Date('2026-11-29')).map(
    formatProblem,
  );

describe('content lint', () => {
  it('passes the real articles', () => {
    expect(lintArticles(loadArticles(path.join(root, 'docs'), root))).toEqual([]);
  });

  it('flags the same symptom in two articles', () => {
    expect(lint('duplicate-symptom')).toEqual([
      'tests/fixtures/lint/duplicate-symptom/second.mdx: symptoms: expected a symptom no other article lists (AMZ-001 in tests/fixtures/lint/duplicate-symptom/first.mdx has it), received "The order never arrives!"',
    ]);
  });

  it('flags KB IDs out of sequence', () => {
    expect(lint('id-gap')).toEqual([
      'tests/fixtures/lint/id-gap/third.mdx: kb_id: expected the next ID in sequence, AMZ-002, received "AMZ-003"',
    ]);
  });

  it('flags a review date in the future', () => {
    expect(lint('future-review')).toEqual([
      'tests/fixtures/lint/future-review/first.mdx: last_reviewed: expected a date not after today (2026-11-29), received "2999-01-01"',
    ]);
  });

  it('npm run lint:content exits non-zero and names the file', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/lint-content.ts'], {
      cwd: root,
      env: {...process.env, KB_DOCS_DIR: 'tests/fixtures/lint/id-gap'},
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/lint/id-gap/third.mdx: kb_id: expected the next ID in sequence');
  });

  it('npm run lint:content reports schema problems too', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/lint-content.ts'], {
      cwd: root,
      env: {...process.env, KB_DOCS_DIR: 'tests/fixtures/articles/bad-related'},
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'tests/fixtures/articles/bad-related/bad-related.mdx: related: expected IDs of existing articles',
    );
  });
});
