import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadGuides, loadKnowledgeBase} from '../../src/build/content';
import {lintArticles} from '../../src/build/contentLint';
import {formatProblem} from '../../src/kb/errors';

const root = path.resolve(__dirname, '../..');
const guides = loadGuides(path.join(root, 'docs'), root);
const lint = (name: string) =>
  lintArticles(
    guides,
    loadKnowledgeBase(path.join(root, 'tests/fixtures/lint', name), root, guides).articles,
    new Date('2026-11-29'),
  ).map(formatProblem);
/** Scripts read the fixture's articles with the real guide registry. */
const fixtureEnv = (dir: string) => ({
  ...process.env,
  KB_DOCS_DIR: dir,
  KB_GUIDES_FILE: path.join(root, 'docs/guides.json'),
});

describe('content lint', () => {
  it('passes the real articles', () => {
    const kb = loadKnowledgeBase(path.join(root, 'docs'), root);
    expect(lintArticles(kb.guides, kb.articles)).toEqual([]);
  });

  it('flags the same symptom in two articles', () => {
    expect(lint('duplicate-symptom')).toEqual([
      'tests/fixtures/lint/duplicate-symptom/amz/second.mdx: symptoms: expected a symptom no other article lists (AMZ-001 in tests/fixtures/lint/duplicate-symptom/amz/first.mdx has it), received "The order never arrives!"',
    ]);
  });

  it('flags KB IDs out of sequence', () => {
    expect(lint('id-gap')).toEqual([
      'tests/fixtures/lint/id-gap/amz/third.mdx: kb_id: expected the next ID in sequence, AMZ-002, received "AMZ-003"',
    ]);
  });

  it('flags a review date in the future', () => {
    expect(lint('future-review')).toEqual([
      'tests/fixtures/lint/future-review/amz/first.mdx: last_reviewed: expected a date not after today (2026-11-29), received "2999-01-01"',
    ]);
  });

  it('npm run lint:content exits non-zero and names the file', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/lint-content.ts'], {
      cwd: root,
      env: fixtureEnv('tests/fixtures/lint/id-gap'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tests/fixtures/lint/id-gap/amz/third.mdx: kb_id: expected the next ID in sequence');
  });

  it('npm run lint:content reports schema problems too', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/lint-content.ts'], {
      cwd: root,
      env: fixtureEnv('tests/fixtures/articles/bad-related'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'tests/fixtures/articles/bad-related/amz/bad-related.mdx: related: expected IDs of existing articles',
    );
  });
});
