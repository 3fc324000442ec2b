import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadGuides, loadKnowledgeBase} from '../../src/build/content';
import {loadedArticle, setLoadedKnowledgeBase} from '../../src/build/store';
import {compareKbIds, formatKbId, kbIdPattern} from '../../src/kb/ids';
import {VFile} from 'vfile';
import remarkArticleData from '../../src/remark/articleData';

const root = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-guides-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

/** A throwaway knowledge base: a registry and files by relative path. */
function kb(name: string, guides: unknown, files: Record<string, string> = {}): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, {recursive: true});
  const helpCenter = {title: 'Help', heading: 'Help', tagline: 'For tests', intro: 'For tests.'};
  fs.writeFileSync(path.join(dir, 'guides.json'), JSON.stringify({helpCenter, guides}));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a failure');
};
const guide = (id: string, prefix: string, extra: object = {}) => ({
  id,
  title: `Guide ${prefix}`,
  prefix,
  description: 'For tests.',
  categories: [{id: 'general', label: 'General'}],
  audiences: [{id: 'requester', label: 'Requesters'}],
  ...extra,
});
const article = (kbId: string, slug: string) => `---
kb_id: ${kbId}
title: Article ${kbId}
description: One sentence.
slug: /${slug}
category: general
symptoms: [First symptom of ${kbId}, Second symptom of ${kbId}]
audience: [requester]
last_reviewed: 2026-11-01
---

<Issue>It breaks.</Issue>

<Cause id="cause-x" title="X">Because.</Cause>

<Resolution>
<Step id="step-1" fixes="cause-x">
Fix it.
</Step>
</Resolution>
`;

describe('KB IDs', () => {
  it('take any guide prefix and three or more digits, AMZ-1000 after AMZ-999', () => {
    expect(['AMZ-001', 'EXM-042', 'AMZ-1000'].every((id) => kbIdPattern.test(id))).toBe(true);
    expect(['AMZ-99', 'AMZ-0009', 'amz-001', 'AMZ001', 'TOOLONG-001'].some((id) => kbIdPattern.test(id))).toBe(false);
    expect(['AMZ-1000', 'AMZ-999', 'AMZ-010'].sort(compareKbIds)).toEqual(['AMZ-010', 'AMZ-999', 'AMZ-1000']);
    expect(formatKbId('EXM', 7)).toBe('EXM-007');
    expect(formatKbId('EXM', 1234)).toBe('EXM-1234');
  });
});

describe('the guide registry', () => {
  it('declares the published guide, AMZ under /articles', () => {
    const guides = loadGuides(path.join(root, 'docs'), root);
    expect(guides.map((g) => [g.id, g.prefix, g.routeBasePath])).toEqual([['amz', 'AMZ', 'articles']]);
  });

  it('reports every bad field of every guide at once, naming the file', () => {
    const dir = kb('bad-registry', [
      guide('amz', 'amz'),
      guide('exm', 'EXM', {routeBasePath: 'symptoms', categories: []}),
    ]);
    const message = failure(() => loadGuides(dir, work));
    expect(message).toContain(
      'bad-registry/guides.json: guides.0.prefix: expected a prefix of 2 to 5 upper-case letters, like "AMZ", received "amz"',
    );
    expect(message).toContain('bad-registry/guides.json: guides.1.routeBasePath: expected a path outside kb, symptoms');
    expect(message).toContain(
      'bad-registry/guides.json: guides.1.categories: expected at least 1 category, received []',
    );
  });

  it('refuses two guides with one prefix', () => {
    const message = failure(() => loadGuides(kb('same-prefix', [guide('one', 'ONE'), guide('two', 'ONE')]), work));
    expect(message).toContain('guides.1.prefix: expected a prefix no other guide has, received "ONE"');
  });
});

describe('articles of several guides', () => {
  it('load by guide, each under its own path, numbered past 999', () => {
    const dir = kb('two-guides', [guide('one', 'ONE'), guide('two', 'TWO', {routeBasePath: 'help/two'})], {
      'one/b.mdx': article('ONE-1000', 'b'),
      'one/a.mdx': article('ONE-999', 'a'),
      'two/a.mdx': article('TWO-001', 'a'),
    });
    const {articles} = loadKnowledgeBase(dir, work);
    expect(articles.map((a) => [a.kbId, a.guide, a.permalink])).toEqual([
      ['ONE-999', 'one', '/one/a'],
      ['ONE-1000', 'one', '/one/b'],
      ['TWO-001', 'two', '/help/two/a'],
    ]);
  });

  it("refuse an ID of another guide's prefix, an unknown category and a file outside any guide", () => {
    const dir = kb('wrong-guide', [guide('one', 'ONE')], {
      'one/a.mdx': article('TWO-001', 'a').replace('category: general', 'category: billing'),
      'stray/b.mdx': article('ONE-002', 'b'),
    });
    const message = failure(() => loadKnowledgeBase(dir, work));
    expect(message).toContain(
      'wrong-guide/one/a.mdx: kb_id: expected an ID of guide "one", like ONE-001, received "TWO-001"',
    );
    expect(message).toContain(
      'wrong-guide/one/a.mdx: category: expected one of general (guide "one"), received "billing"',
    );
    expect(message).toContain("wrong-guide/stray/b.mdx: folder: expected an article inside a guide's folder");
  });
});

describe('an article edited while `npm start` runs', () => {
  it('compiles with its new data even before the kb plugin reloads, and a broken edit names file and field', () => {
    const dir = kb('edited', [guide('one', 'ONE')], {'one/a.mdx': article('ONE-001', 'a')});
    setLoadedKnowledgeBase(loadKnowledgeBase(dir, work), work);
    const file = path.join(dir, 'one/a.mdx');
    expect(loadedArticle(file)?.title).toBe('Article ONE-001');

    // Saved again a moment later: the bundler may compile it before the plugin's reload.
    const later = (s: number) => fs.utimesSync(file, new Date(), new Date(Date.now() + s * 1000));
    fs.writeFileSync(file, article('ONE-001', 'a').replace('title: Article ONE-001', 'title: Renamed'));
    later(10);
    expect(loadedArticle(file)?.title).toBe('Renamed');

    fs.writeFileSync(file, article('ONE-001', 'a').replace('kb_id: ONE-001\n', ''));
    later(20);
    expect(failure(() => loadedArticle(file))).toContain('edited/one/a.mdx: kb_id: expected');
  });
});

describe('an MDX page in a guide folder that the load lacks', () => {
  it('fails the MDX compile naming the file and what was expected, instead of a page without its KB ID', () => {
    const dir = kb('missing', [guide('one', 'ONE')], {'one/a.mdx': article('ONE-001', 'a')});
    setLoadedKnowledgeBase(loadKnowledgeBase(dir, work), work, dir);
    const compile = (file: string) => () =>
      remarkArticleData()({type: 'root', children: []}, new VFile({path: path.join(dir, file)}));
    expect(failure(compile('one/late.mdx'))).toMatch(/missing\/one\/late\.mdx: expected an article of guide "one"/);
    // The loaded article, a partial and a page outside every guide's folder compile.
    expect(compile('one/a.mdx')).not.toThrow();
    expect(compile('one/_partial.mdx')).not.toThrow();
    expect(compile('elsewhere.mdx')).not.toThrow();
  });
});
