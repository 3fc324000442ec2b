import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBase} from '../../src/build/content';
import {homeGuides, symptomPages, symptomsPerPage} from '../../src/build/listings';
import {guideSidebarItems, maxGroupSize, maxRangesPerLevel, type SidebarItem} from '../../src/build/sidebar';
import {kbIdRange, kbIdRangeBounds} from '../../src/kb/ids';
import type {ArticleRecord, Guide} from '../../src/kb/types';

const root = path.resolve(__dirname, '../..');
const real = loadKnowledgeBase(path.join(root, 'docs'), root);
const amz = real.guides[0];

/** `n` copies of a real article in another guide, numbered EXM-001 … */
function exampleGuide(n: number): {guide: Guide; articles: ArticleRecord[]} {
  const guide: Guide = {...amz, id: 'exm', prefix: 'EXM', title: 'Example integration', routeBasePath: 'exm'};
  const articles = Array.from({length: n}, (_, i) => {
    const kbId = `EXM-${String(i + 1).padStart(3, '0')}`;
    return {...real.articles[i % 8], kbId, guide: 'exm', permalink: `/exm/a-${i + 1}`, title: `Example ${kbId}`};
  });
  return {guide, articles};
}

const links = (items: readonly SidebarItem[]): number =>
  items.reduce((n, i) => n + (i.type === 'doc' ? 1 : links(i.items)), 0);

describe('a guide sidebar', () => {
  it('groups the real articles by category, open, in KB ID order', () => {
    const docs = real.articles.map((a) => ({id: a.file, frontMatter: {kb_id: a.kbId, category: a.category}}));
    const items = guideSidebarItems(amz, docs.reverse());
    expect(items.map((i) => i.type === 'category' && [i.label, i.collapsed])).toEqual([
      ['Access and setup', false],
      ['Ordering', false],
      ['Approvals', false],
      ['Order status', false],
      ['Integration setup', false],
    ]);
    expect(links(items)).toBe(8);
  });

  it('splits a large category into closed ranges of at most 30 articles', () => {
    const docs = Array.from({length: 120}, (_, i) => ({
      id: `d${i}`,
      frontMatter: {kb_id: `AMZ-${String(i + 1).padStart(3, '0')}`, category: 'ordering'},
    }));
    const [ordering] = guideSidebarItems(amz, docs);
    expect(ordering.type === 'category' && ordering.collapsed).toBe(true);
    const ranges = ordering.type === 'category' ? ordering.items : [];
    expect(ranges.map((r) => r.type === 'category' && r.label)).toEqual([
      'AMZ-001 – AMZ-030',
      'AMZ-031 – AMZ-060',
      'AMZ-061 – AMZ-090',
      'AMZ-091 – AMZ-120',
    ]);
    expect(ranges.every((r) => r.type === 'category' && r.items.length <= maxGroupSize)).toBe(true);
  });

  it('labels a range with its first and last KB IDs, which the theme reads back', () => {
    expect(kbIdRange('AMZ-031', 'AMZ-060')).toBe('AMZ-031 – AMZ-060');
    expect(kbIdRangeBounds(kbIdRange('AMZ-031', 'AMZ-060'))).toEqual(['AMZ-031', 'AMZ-060']);
    expect(kbIdRange('AMZ-061', 'AMZ-061')).toBe('AMZ-061');
    expect(kbIdRangeBounds('AMZ-061')).toEqual(['AMZ-061', 'AMZ-061']);
  });

  it('nests ranges in a very large category: at most 10 in a level, at most 30 articles in each', () => {
    const docs = Array.from({length: 1000}, (_, i) => ({
      id: `d${i}`,
      frontMatter: {kb_id: `AMZ-${String(i + 1).padStart(3, '0')}`, category: 'ordering'},
    }));
    const [ordering] = guideSidebarItems(amz, docs);
    const check = (items: readonly SidebarItem[]) => {
      const leaf = items.every((i) => i.type === 'doc');
      expect(items.length).toBeLessThanOrEqual(leaf ? maxGroupSize : maxRangesPerLevel);
      for (const i of items) if (i.type === 'category') check(i.items);
    };
    if (ordering.type !== 'category') throw new Error('expected a category');
    check(ordering.items.filter((i) => i.type === 'category'));
    expect(ordering.items.map((i) => i.type === 'category' && i.label).slice(0, 2)).toEqual([
      'AMZ-001 – AMZ-300',
      'AMZ-301 – AMZ-600',
    ]);
    expect(links(ordering.items)).toBe(1000);
  });
});

describe('the symptom index pages', () => {
  it('lists every entry on /symptoms while the knowledge base is one small guide', () => {
    const pages = symptomPages(real.guides, real.articles);
    expect(pages.map((p) => p.path)).toEqual(['/symptoms', '/symptoms/amz']);
    expect(pages[0].data.guidePages).toEqual([]);
    const entries = pages[0].data.sections.flatMap((s) => s.groups.flatMap((g) => g.entries));
    expect(entries.length).toBe(real.articles.reduce((n, a) => n + a.symptoms.length + a.statusTexts.length, 0));
    // A symptom that names its cause links to that cause.
    expect(entries.some((e) => e.href.includes('#cause-') && e.causeTitle)).toBe(true);
  });

  it('gives each guide its own pages once there are several, paged past 300 entries', () => {
    const exm = exampleGuide(200);
    const pages = symptomPages([amz, exm.guide], [...real.articles, ...exm.articles]);
    const paths = pages.map((p) => p.path);
    expect(paths.slice(0, 2)).toEqual(['/symptoms', '/symptoms/amz']);
    expect(paths).toContain('/symptoms/exm');
    expect(paths).toContain('/symptoms/exm/2');
    const overview = pages[0].data;
    expect(overview.guidePages.map((g) => g.href)).toEqual(['/symptoms/amz', '/symptoms/exm']);
    for (const p of pages.slice(1)) {
      const n = p.data.sections.reduce((m, s) => m + s.groups.reduce((k, g) => k + g.entries.length, 0), 0);
      expect(n, p.path).toBeLessThanOrEqual(symptomsPerPage);
    }
    const exmPages = pages.filter((p) => p.path.startsWith('/symptoms/exm'));
    expect(exmPages[0].data.pages.map((p) => [p.href, Boolean(p.current)])).toEqual(
      exmPages.map((p, i) => [p.path, i === 0]),
    );
    // Every entry is on exactly one page.
    const all = exmPages.flatMap((p) => p.data.sections.flatMap((s) => s.groups.flatMap((g) => g.entries)));
    expect(all.length).toBe(exm.articles.reduce((n, a) => n + a.symptoms.length + a.statusTexts.length, 0));
  });
});

describe('the home page', () => {
  it('lists a small guide by category and a large one by its links only', () => {
    const exm = exampleGuide(100);
    const home = homeGuides(
      [amz, exm.guide],
      [...real.articles, ...exm.articles],
      real.troubleshooters,
      (g) => `/symptoms/${g}`,
    );
    expect(home[0].categories.flatMap((c) => c.articles)).toHaveLength(8);
    expect(home[0].troubleshootHref).toBe('/troubleshoot');
    expect(home[1]).toMatchObject({
      articleCount: 100,
      categories: [],
      firstArticle: '/exm/a-1',
      symptomsHref: '/symptoms/exm',
    });
    expect(home[1].troubleshootHref).toBeUndefined();
  });
});
