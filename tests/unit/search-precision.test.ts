import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBase} from '../../src/build/content';
import {writeSearchIndex} from '../../src/search/build/writeSearchIndex';
import {openIndex} from '../../src/search/engine';
import {wordsOf} from '../../src/search/named';
import fs from 'node:fs';
import os from 'node:os';

const root = path.resolve(__dirname, '../..');
const kb = loadKnowledgeBase(path.join(root, 'docs'), root);
const {articles} = kb;
// The real guide's places (docs/amz/named.json) and synonyms, as the build indexes them.
const named = kb.named.get('amz')!;
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-precision-'));
const {urlPath} = writeSearchIndex(articles, out, undefined, kb.synonyms, kb.named);
const engine = await openIndex(async (file) => JSON.parse(fs.readFileSync(path.join(out, urlPath, file), 'utf8')));
const marked = (hit: {snippet: readonly {text: string; match: boolean}[]}) =>
  hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase());

describe('search precision', () => {
  it('gives a pasted error sentence a short list, the right article first', async () => {
    const {hits, total} = await engine.searchWithTotal(
      'Error: unable to complete approval – payment method does not match',
    );
    expect(hits[0].kbId).toBe('AMZ-004');
    expect(total).toBeLessThanOrEqual(3);
    expect(hits).toHaveLength(total);
  });

  it('does not list an article for a word found in nearly every article ("order"), nor mark it', async () => {
    const {hits, total} = await engine.searchWithTotal('Order Cancelled');
    expect(hits[0].kbId).toBe('AMZ-003');
    expect(total).toBe(hits.length);
    for (const hit of hits) {
      const article = articles.find((a) => a.kbId === hit.kbId)!;
      const text = JSON.stringify(article).toLowerCase();
      expect(text, `${hit.kbId} is listed for "order" alone`).toMatch(/cancel/);
      expect(marked(hit)).not.toContain('order');
      expect(hit.highlight).toBe('cancelled');
    }
    const everywhere = articles.filter((a) => JSON.stringify(a).toLowerCase().includes('order')).length;
    expect(total).toBeLessThan(everywhere);
  });

  it('lists nothing for a query made only of common words, and names them', async () => {
    expect(await engine.searchWithTotal('amazon order', {limit: 3})).toEqual({
      hits: [],
      total: 0,
      state: 'none',
      tooCommon: ['amazon', 'order'],
    });
    expect((await engine.searchWithTotal('Procurify')).tooCommon).toEqual(['procurify']);
    // A typo of one is named as the word it is close to; a quoted phrase of them is a real constraint.
    expect((await engine.searchWithTotal('amazn ordr')).tooCommon).toEqual(['amazon', 'order']);
    expect((await engine.searchWithTotal('"amazon order"')).total).toBeGreaterThan(0);
  });

  it.each([
    ['amazn cancelled', 'amazon'],
    ['procurfy pop up', 'procurify'],
    ['cancelled ordr', 'order'],
  ])('a typo of a common word in "%s" neither lists nor marks "%s"', async (query, common) => {
    const {hits, total} = await engine.searchWithTotal(query);
    expect(hits.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(articles.length);
    for (const hit of hits) expect(marked(hit)).not.toContain(common);
  });

  it('a stop word at the end is the start of a word only when the rest is too common ("order can" → cancelled)', async () => {
    // On its way to "order cancelled": the two articles about cancelled orders first, either way round, in the
    // box and on /search alike; "can" is never highlighted itself.
    const hits = await engine.search('order can');
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.kbId)
        .sort(),
    ).toEqual(['AMZ-003', 'AMZ-006']);
    for (const h of hits) expect(h.highlight ?? '').not.toMatch(/\bcan\b/);
    // With a space after it, it is a stop word: "order" alone.
    expect((await engine.searchWithTotal('order can ')).tooCommon).toEqual(['order']);
    // After a distinctive word it is a stop word too: "test mode can" is about Test Mode, not cancelling.
    const test = await engine.search('test mode can');
    expect(test[0].kbId).toBe('AMZ-002');
    expect(test.map((h) => h.kbId)).not.toContain('AMZ-006');
  });

  it('every country name the place answer knows leads to the places article first, whole or quoted', async () => {
    const places = named.article;
    const wrong: string[] = [];
    for (const name of new Set(named.entries.flatMap((e) => e.names).map((n) => wordsOf(n).trim())))
      for (const q of [name, `"${name}"`]) if ((await engine.search(q, {limit: 1}))[0]?.kbId !== places) wrong.push(q);
    expect(wrong).toEqual([]);
  });

  it('the words of a place name alone are about other things: "unit price", "statement", "new user"', async () => {
    const places = named.article;
    expect((await engine.search('cannot see amazon'))[0].kbId).toBe('AMZ-001');
    for (const q of ['unit price wrong on amazon order', 'order statement', 'new user'])
      expect(
        (await engine.search(q)).map((h) => h.kbId),
        q,
      ).not.toContain(places);
    expect((await engine.search('order cancelled in the united states'))[0].kbId).toBe('AMZ-003');
    // Last, where a word may still be typed, too: it grows into words, never into a name's one token.
    for (const q of ['price per unit', 'create new', 'south', 'republic', 'holy'])
      expect(
        (await engine.search(q)).map((h) => h.kbId),
        q,
      ).not.toContain(places);
  });

  it('a common word still being typed ("amaz") lists only what its distinctive completions are in', async () => {
    const {total} = await engine.searchWithTotal('amaz');
    expect(total).toBeLessThan(articles.length / 2);
    expect((await engine.searchWithTotal('amazn')).tooCommon).toEqual(['amazon']);
  });

  it('finds nothing for a word no article holds, rather than whatever holds the common ones', async () => {
    expect(await engine.searchWithTotal('xyzzy')).toEqual({hits: [], total: 0, state: 'none', matched: []});
    expect((await engine.searchWithTotal('amazon xyzzy order')).total).toBe(0);
  });

  it.each(['Italy', 'amazon.it', 'WWW.AMAZON.DE', 'www.amazon.co.jp', 'https://www.amazon.fr/gp/cart', 'Deutschland'])(
    'sends a marketplace, "%s", to the article with the supported domains',
    async (q) => {
      const {hits} = await engine.searchWithTotal(q);
      expect(hits[0]?.kbId).toBe('AMZ-007');
      expect(hits[0].named).toBe(true);
    },
  );
});
