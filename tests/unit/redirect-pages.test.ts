import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {checkCollection, loadKnowledgeBase} from '../../src/build/content';
import {redirectPage, redirectPageFile, redirectProblems, writeRedirectPages} from '../../src/build/redirectPages';
import type {ArticleRecord} from '../../src/kb/types';
import {contentSecurityPolicy, inlineInventory, maxPolicyLength, redirectMapEntries} from '../../deploy/nginx/config';

const root = path.resolve(__dirname, '../..');
const real = loadKnowledgeBase(path.join(root, 'docs'), root);

/** `n` articles of a generated guide, each with a former slug. */
const many = (n: number): ArticleRecord[] =>
  Array.from({length: n}, (_, i) => {
    const kbId = `EXM-${String(i + 1).padStart(3, '0')}`;
    return {
      ...real.articles[i % 8],
      kbId,
      guide: 'exm',
      file: `kb/exm/a-${i + 1}.mdx`,
      permalink: `/exm/a-${i + 1}`,
      redirectFrom: [`/exm/old-${i + 1}`],
      related: [],
    };
  });

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-redirects-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

describe('redirect pages', () => {
  it('share one inline script, so the CSP stays one hash long at any number of articles', async () => {
    const out = tempDir();
    const written = await writeRedirectPages(out, '/', many(300), ['/exm/a-1']);
    expect(written).toBe(900); // upper- and lower-case short link and the former slug of each
    const inventory = inlineInventory(out);
    expect(inventory.pages).toBe(900);
    expect(inventory.scripts.size).toBe(1);
    expect(contentSecurityPolicy(inventory).length).toBeLessThan(maxPolicyLength);
  });

  it('send readers without JavaScript on with a meta refresh, base URL included', async () => {
    const out = tempDir();
    await writeRedirectPages(out, '/help/', many(1), []);
    const html = fs.readFileSync(redirectPageFile(out, '/kb/EXM-001'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/help/exm/a-1">');
    expect(html).toContain('<link rel="canonical" href="/help/exm/a-1">');
    expect(fs.existsSync(redirectPageFile(out, '/exm/old-1'))).toBe(true);
  });

  it('escape the target into the markup', () => {
    expect(redirectPage('/a"b<c>&')).toContain('href="/a&quot;b&lt;c&gt;&amp;"');
  });

  it('never replace a file already in the build', async () => {
    const out = tempDir();
    const file = redirectPageFile(out, '/exm/old-1');
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, 'a page');
    await expect(writeRedirectPages(out, '/', many(1), [])).rejects.toThrow(
      `Redirect page for /exm/old-1: ${file} already exists`,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('a page');
  });

  it('fail the build, naming the article and field, for a former slug that is a page or another article’s', async () => {
    const [a, b] = many(2);
    const clash = {...b, redirectFrom: ['/exm/old-1']};
    expect(redirectProblems([a, clash], ['/exm/a-1'])).toEqual([
      {
        file: 'kb/exm/a-2.mdx',
        field: 'redirect_from',
        expected: 'a path no other article redirects',
        received: '"/exm/old-1", also redirected to /exm/a-1 by kb/exm/a-1.mdx',
      },
    ]);
    expect(redirectProblems([{...a, redirectFrom: ['/symptoms']}], ['/symptoms/'])).toEqual([
      {
        file: 'kb/exm/a-1.mdx',
        field: 'redirect_from',
        expected: 'a path that is no page of the site',
        received: '"/symptoms", a page',
      },
    ]);
    const out = tempDir();
    await expect(writeRedirectPages(out, '/', [a, clash], [])).rejects.toThrow('kb/exm/a-2.mdx: redirect_from');
    expect(fs.readdirSync(out)).toEqual([]); // nothing written
  });
});

describe('a former slug', () => {
  it('that is another article’s page is a problem as soon as the articles load, with the others', () => {
    const [a, b] = many(2);
    expect(checkCollection([a, {...b, redirectFrom: [a.permalink]}])).toEqual([
      {
        file: b.file,
        field: 'redirect_from',
        expected: 'a path that is no page of the site',
        received: '"/exm/a-1", a page',
      },
    ]);
  });
});

describe('the nginx redirect map', () => {
  it('lists each path once with and without a trailing slash, as plain strings nginx hashes', () => {
    const entries = redirectMapEntries([
      {from: '/kb/AMZ-001', to: '/articles/x'},
      {from: '/kb/amz-001', to: '/articles/x'},
    ]);
    expect(entries.split('\n').map((l) => l.trim())).toEqual([
      '"/kb/amz-001" "/articles/x";',
      '"/kb/amz-001/" "/articles/x";',
    ]);
  });
});

describe('the Content-Security-Policy', () => {
  it('trusts only the inline scripts the site ships, naming the page and the first characters of any other', () => {
    const out = tempDir();
    for (let i = 0; i < 80; i++) {
      fs.mkdirSync(path.join(out, `p${i}`));
      fs.writeFileSync(path.join(out, `p${i}`, 'index.html'), `<script>location.replace('/a-${i}')</script>`);
    }
    fs.writeFileSync(path.join(out, 'h.html'), '<button onclick="go()">x</button>');
    expect(() => contentSecurityPolicy(inlineInventory(out))).toThrow(
      /p\d+\/index\.html: an inline script the site does not ship, starting "location\.replace\('\/a-\d+'\)" \(sha256-/,
    );
    expect(() => contentSecurityPolicy(inlineInventory(out))).toThrow(
      /h\.html: <button onclick>: an inline event handler/,
    );
    expect(() => contentSecurityPolicy(inlineInventory(out))).toThrow(/and 71 more/);
  });

  it('refuses to grow with the site, naming the inline styles that differ from page to page', () => {
    const out = tempDir();
    for (let i = 0; i < 80; i++) {
      fs.mkdirSync(path.join(out, `p${i}`));
      fs.writeFileSync(path.join(out, `p${i}`, 'index.html'), `<style>.a{width:${i}px}</style>`);
    }
    expect(() => contentSecurityPolicy(inlineInventory(out))).toThrow(
      /received \d+ characters, expected at most 3500\. .*80 distinct inline styles \(in p\d+\/index\.html/,
    );
  });
});
