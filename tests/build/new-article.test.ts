import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openIndex} from '../../src/search/engine';
import {builtIndex} from '../../scripts/eval/ours';

// A throwaway copy of the knowledge base: the scaffolds write into it, the build reads it.
const root = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-new-article-'));
const docs = path.join(work, 'docs');
const out = path.join(work, 'build');
fs.cpSync(path.join(root, 'docs'), docs, {recursive: true});
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync('npx', args, {cwd: root, env: {...process.env, KB_DOCS_DIR: docs, ...env}, encoding: 'utf8', timeout: 180_000});
const html = (page: string) => fs.readFileSync(path.join(out, `${page}.html`), 'utf8');
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).map((f) => path.join(dir, f));

describe('npm run new:guide and npm run new:article', () => {
  it('writes AMZ-009 from the template and refuses the same title twice', () => {
    const first = run(['tsx', 'scripts/new-article.ts', 'Order stuck in Pending approval', '--category', 'approvals']);
    expect(first.status, first.stderr).toBe(0);
    expect(fs.existsSync(path.join(docs, 'amz/amz-009-order-stuck-in-pending-approval.mdx'))).toBe(true);
    const again = run(['tsx', 'scripts/new-article.ts', 'order stuck in pending approval']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('an article titled "Order stuck in Pending approval" exists already: AMZ-009');
  });

  it('declares a guide EXM, refuses it twice, and writes EXM-001 into it', () => {
    const registry = path.join(docs, 'guides.json');
    const before = fs.readFileSync(registry, 'utf8');
    const guide = run(['tsx', 'scripts/new-guide.ts', '--prefix', 'EXM', '--title', 'Example integration']);
    expect(guide.status, guide.stderr).toBe(0);
    // Only the new entry is added: every line before the end of the last guide, and after it, is as it was.
    const after = fs.readFileSync(registry, 'utf8');
    const end = before.lastIndexOf('}', before.lastIndexOf(']')) + 1;
    expect(after.slice(0, end)).toBe(before.slice(0, end));
    expect(after.slice(after.length - (before.length - end))).toBe(before.slice(end));
    expect(after.slice(end, after.length - (before.length - end))).toMatch(/^,\n {4}\{\n {6}"id": "exm",[^]*\n {4}\}$/);
    // And a troubleshooter for it, as data.
    const tree = JSON.parse(fs.readFileSync(path.join(docs, 'exm/troubleshooter.json'), 'utf8'));
    expect(tree.path).toBe('/troubleshoot/exm');
    const again = run(['tsx', 'scripts/new-guide.ts', '--prefix', 'EXM', '--title', 'Another']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('guide "exm" (EXM) already uses the id, prefix or path');
    // Two guides now: an article must say which.
    const unnamed = run(['tsx', 'scripts/new-article.ts', 'Sync fails']);
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toContain('--guide: expected one of AMZ (amz), EXM (exm); received nothing');
    const article = run(['tsx', 'scripts/new-article.ts', '--guide', 'EXM', 'Catalog sync fails overnight']);
    expect(article.status, article.stderr).toBe(0);
    expect(fs.existsSync(path.join(docs, 'exm/exm-001-catalog-sync-fails-overnight.mdx'))).toBe(true);
  });

  it('refuses to build them while the template’s TODOs are in them, naming each file and field', () => {
    const build = run(['docusaurus', 'build', '--out-dir', out], {SITE_URL: ''});
    expect(build.status).not.toBe(0);
    const output = `${build.stdout}${build.stderr}`;
    for (const file of ['amz/amz-009-order-stuck-in-pending-approval.mdx', 'exm/exm-001-catalog-sync-fails-overnight.mdx']) {
      expect(output).toContain(`${file}: description: expected your own text (the template’s TODO is still there)`);
      expect(output).toContain(`${file}: symptoms.0: expected your own text`);
      expect(output).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}: <Cause> \\(line \\d+\\) id: expected an anchor of your own`));
    }
    // The scaffolded troubleshooter too.
    expect(output).toContain('exm/troubleshooter.json: questions.0.text: expected your own text');
    // So does the content lint, which npm test runs.
    const lint = run(['tsx', 'scripts/lint-content.ts']);
    expect(lint.status).not.toBe(0);
    expect(`${lint.stdout}${lint.stderr}`).toContain('amz-009-order-stuck-in-pending-approval.mdx: body (line');
  });

  it('builds both once written, with no other edit: sidebars, symptoms, search and short links', async () => {
    // The writer's turn: every TODO replaced by text of their own.
    for (const file of [
      path.join(docs, 'amz/amz-009-order-stuck-in-pending-approval.mdx'),
      path.join(docs, 'exm/exm-001-catalog-sync-fails-overnight.mdx'),
      path.join(docs, 'exm/troubleshooter.json'),
    ])
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace(/cause-todo/g, 'cause-example')
          .replace(/TODO \((\w+-\d+)\): /g, 'Example ($1): ')
          .replace(/TODO/g, 'Example'),
      );
    // A place table for EXM, as data only: the regions its article answers.
    fs.writeFileSync(
      path.join(docs, 'exm/named.json'),
      JSON.stringify({
        article: 'EXM-001',
        entries: [{names: ['Frankfurt region', 'eu-central-1'], data: {region: 'Frankfurt'}}],
      }),
    );
    const build = run(['docusaurus', 'build', '--out-dir', out], {SITE_URL: ''});
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    // The HTML is minified: attribute quotes are optional.
    expect(html('articles/order-stuck-in-pending-approval')).toMatch(/data-kb-id="?AMZ-009/);
    expect(html('articles/order-cancelled')).toMatch(/class="?menu__link"?[^>]*href="?\/articles\/order-stuck-in-pending-approval/);

    // The new guide: its own path, its own sidebar (and no AMZ article in it), its own symptom page.
    const exm = html('exm/catalog-sync-fails-overnight');
    expect(exm).toMatch(/data-kb-id="?EXM-001/);
    expect(exm).toMatch(/class="?menu__link[^>]*href="?\/exm\/catalog-sync-fails-overnight/);
    expect(exm).not.toMatch(/class="?menu__link[^>]*href="?\/articles\//);
    expect(html('symptoms/exm')).toContain('Example (EXM-001): what the user sees, in their words');
    expect(html('symptoms/amz')).toContain('Example (AMZ-009): what the user sees, in their words');
    expect(html('symptoms')).toMatch(/href="?\/symptoms\/exm/);
    expect(html('kb/EXM-001/index')).toContain('/exm/catalog-sync-fails-overnight');
    expect(fs.readFileSync(path.join(out, '_redirects'), 'utf8')).toContain('/kb/EXM-001 /exm/catalog-sync-fails-overnight 301');
    const search = filesUnder(path.join(out, 'assets')).filter((f) => f.includes('search-index') && fs.statSync(f).isFile());
    expect(search.some((f) => fs.readFileSync(f, 'utf8').includes('EXM-001'))).toBe(true);
    expect(search.some((f) => fs.readFileSync(f, 'utf8').includes('AMZ-009'))).toBe(true);
    // Search reads EXM's place table: a message naming one of its regions leads to EXM-001.
    const dir = builtIndex(out);
    const engine = await openIndex(async (file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    expect(engine.findNamed('catalog sync fails in eu-central-1')).toMatchObject({guide: 'exm'});
    expect((await engine.search('our Frankfurt region stopped syncing'))[0]?.kbId).toBe('EXM-001');

    // No AMZ troubleshooter outcome reaches AMZ-009 yet: a warning, not an error. EXM's scaffolded one reaches EXM-001.
    const output = `${build.stdout}${build.stderr}`;
    expect(output).toContain('No troubleshooter outcome leads to AMZ-009');
    expect(output).not.toContain('Guide "exm" has no troubleshooter');

    // Two guides: the site names the help center, each guide's section its own guide.
    const home = html('index');
    const {helpCenter} = JSON.parse(fs.readFileSync(path.join(docs, 'guides.json'), 'utf8'));
    expect(home).toContain(`<h1>${helpCenter.heading}</h1>`);
    expect(home).toContain(`${helpCenter.title}: ${helpCenter.tagline}.`); // the footer
    for (const page of ['index', 'troubleshoot', 'symptoms'])
      expect(html(page).match(/<title[^>]*>([^<]*)<\/title>/)![1], page).not.toMatch(/Amazon/);
    expect(home).toMatch(/<h2[^>]*id="?guide-exm"?[^>]*>Example integration</);
    expect(home).toMatch(/<h2[^>]*id="?guide-amz"?[^>]*>Amazon Business PunchOut</);
    // Each troubleshooter says which guide it covers and links to the other's; each guide has its index.
    expect(html('troubleshoot')).toMatch(/data-troubleshooter-covers[^]*Amazon Business PunchOut[^]*href="?\/troubleshoot\/exm"?[^>]*>Example integration/);
    expect(html('troubleshoot/exm')).toMatch(/data-troubleshooter-covers[^]*Example integration[^]*href="?\/troubleshoot"?[^>]*>Amazon Business PunchOut/);
    expect(html('exm')).toMatch(/data-article-row="?EXM-001/);
    // Built without SITE_URL: it says once which origin the canonical URLs use.
    expect(output.match(/SITE_URL is not set: canonical, og and sitemap URLs use https:\/\/kb\.example\.com/g)).toHaveLength(1);
  });
});
