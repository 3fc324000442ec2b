import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-new-article-'));
const docs = path.join(work, 'docs');
const out = path.join(work, 'build');
fs.cpSync(path.join(root, 'docs'), docs, {recursive: true});
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', args, {cwd: root, env: {...process.env, KB_DOCS_DIR: docs, ...env}, encoding: 'utf8', timeout: 180_000});

describe('npm run new:article', () => {
  it('writes AMZ-009 from the template and refuses the same title twice', () => {
    const first = run(['tsx', 'scripts/new-article.ts', 'Order stuck in Pending approval', '--category', 'approvals']);
    expect(first.status, first.stderr).toBe(0);
    expect(fs.existsSync(path.join(docs, 'amz-009-order-stuck-in-pending-approval.mdx'))).toBe(true);
    const again = run(['tsx', 'scripts/new-article.ts', 'order stuck in pending approval']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('an article titled "Order stuck in Pending approval" exists already: AMZ-009');
  });

  it('builds, and the article is in the sidebar, the symptom index and the search index with no other edit', () => {
    const build = run(['docusaurus', 'build', '--out-dir', out]);
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const page = fs.readFileSync(path.join(out, 'articles/order-stuck-in-pending-approval.html'), 'utf8');
    // The HTML is minified: attribute quotes are optional.
    expect(page).toMatch(/data-kb-id="?AMZ-009/);
    const other = fs.readFileSync(path.join(out, 'articles/order-cancelled.html'), 'utf8');
    expect(other).toMatch(/class="?menu__link"?[^>]*href="?\/articles\/order-stuck-in-pending-approval/);
    const symptoms = fs.readFileSync(path.join(out, 'symptoms.html'), 'utf8');
    expect(symptoms).toContain('TODO (AMZ-009): what the user sees, in their words');
    const chunk = fs.readdirSync(path.join(out, 'assets/js')).find((f) => f.startsWith('search-index.'))!;
    expect(fs.readFileSync(path.join(out, 'assets/js', chunk), 'utf8')).toContain('AMZ-009');
    // The troubleshooter has no outcome for it yet: a warning, not an error.
    expect(`${build.stdout}${build.stderr}`).toContain('No troubleshooter outcome leads to AMZ-009');
  });
});
