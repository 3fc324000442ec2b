/**
 * A second build of the site with one sentence of one article changed, as
 * the next release would be: for the release tests and npm run bench:release.
 * The docs are copied to a temp folder (KB_DOCS_DIR); nothing in docs/ changes.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The article the next release changes, and its sentence before and after. */
export const changedArticle = {
  path: '/articles/order-cancelled',
  file: 'amz/amz-003-order-cancelled.mdx',
  before: 'Amazon rejected the order due to out-of-stock items.',
  after: 'Amazon rejected the order because one or more items went out of stock.',
} as const;

/** Builds the site with `changedArticle.before` rewritten, into `outDir` (about 15 s). */
export function buildEditedRelease(outDir: string): void {
  const docs = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-release-docs-'));
  try {
    fs.cpSync(path.join(root, 'docs'), docs, {recursive: true});
    const file = path.join(docs, changedArticle.file);
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes(changedArticle.before))
      throw new Error(`docs/${changedArticle.file}: expected the sentence "${changedArticle.before}", not found`);
    fs.writeFileSync(file, text.replace(changedArticle.before, changedArticle.after));
    const r = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, KB_DOCS_DIR: docs},
    });
    if (r.status !== 0)
      throw new Error(`Build of the edited release failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  } finally {
    fs.rmSync(docs, {recursive: true, force: true});
  }
}
