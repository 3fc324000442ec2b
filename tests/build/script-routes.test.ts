/**
 * Content never reaches a page as script (issue 27), through the real build: a title and a sidebar label that
 * quote "</script>" are escaped wherever they reach JSON-LD, and the build's own check of inline code (the
 * inventory in src/build/inlineScripts.ts) passes. An expression in the body fails the build, naming the line:
 * tests/build/broken-articles.test.ts, with the other articles the build refuses.
 * Fails loudly if the theme's breadcrumb JSON-LD (replaced in src/theme/DocBreadcrumbs/StructuredData) moves.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {load} from 'cheerio';
import {afterAll, describe, expect, it} from 'vitest';
import {inlineInventory} from '../../src/build/inlineCode';
import {inlineProblems} from '../../src/build/inlineScripts';

const root = path.resolve(__dirname, '../..');
const outDirs: string[] = [];
afterAll(() => {
  for (const d of outDirs) fs.rmSync(d, {recursive: true, force: true});
});

/** Builds the real guide with the fixture's article added (the troubleshooter needs the real articles). */
function build(fixture: string) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-script-build-'));
  const docs = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-script-docs-'));
  outDirs.push(outDir, docs);
  fs.cpSync(path.join(root, 'docs'), docs, {recursive: true});
  fs.cpSync(path.join(root, 'tests/fixtures/articles', fixture, 'amz'), path.join(docs, 'amz'), {recursive: true});
  const r = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {
    cwd: root,
    env: {...process.env, KB_DOCS_DIR: docs},
    encoding: 'utf8',
    timeout: 180_000,
  });
  return {status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir};
}

describe('content that quotes a script tag', () => {
  const title = 'Order page shows </script><script>window.__t=1</script>';
  const r = build('script-title');

  it('builds, with no inline script but the site’s own', () => {
    expect(r.status, r.output).toBe(0);
    expect(inlineProblems(inlineInventory(r.outDir))).toEqual([]);
  });

  it('keeps the title and the label whole in the page’s JSON-LD, which parses', () => {
    const $ = load(fs.readFileSync(path.join(r.outDir, 'articles/script-title.html'), 'utf8'));
    const blocks = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()) as unknown)
      .get();
    const text = JSON.stringify(blocks);
    expect(blocks.some((b) => JSON.stringify(b).includes('"BreadcrumbList"'))).toBe(true);
    expect(text).toContain(JSON.stringify(title).slice(1, -1));
    // Nothing of the quoted tag runs: no executed script holds it.
    const executed = $('script:not([type]), script[type="text/javascript"]').text();
    expect(executed).not.toContain('window.__t');
    expect(executed).not.toContain('window.__l');
  });
});
