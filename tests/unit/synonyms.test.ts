/** A guide's synonyms: content, checked like an article, used by search in ranking and in marking matches. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadKnowledgeBase} from '../../src/build/content';
import {readSynonyms, synonymsFileName} from '../../src/build/synonyms';
import {formatProblem, KbContentError} from '../../src/kb/errors';
import {writeSearchIndex} from '../../src/search/build/writeSearchIndex';
import {openIndex} from '../../src/search/engine';

const root = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-synonyms-'));
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

/** A guide folder holding only a synonyms file with `content`. */
function guideWith(content: string): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'guide-'));
  fs.writeFileSync(path.join(dir, synonymsFileName), content);
  return dir;
}
const vocabulary = new Set(['cancel', 'ship', 'cart']);

describe('readSynonyms', () => {
  it('expands one-way entries one way and multi-way groups every way, folded', () => {
    const dir = guideWith(
      JSON.stringify({
        oneWay: [
          {from: 'Parcel', to: ['ship']},
          {from: 'sign off', to: ['cart']},
        ],
        multiWay: [['cancel', 'Void']],
      }),
    );
    const {table, problems} = readSynonyms(dir, 'x/synonyms.json', vocabulary);
    expect(problems).toEqual([]);
    expect(table).toEqual({parcel: ['ship'], 'sign off': ['cart'], cancel: ['void'], void: ['cancel']});
  });

  it('names the file, the entry and what was expected, for every problem at once', () => {
    const dir = guideWith(
      JSON.stringify({
        oneWay: [
          {from: 'parcel', to: []},
          {from: 'tenant', to: ['landlord']},
        ],
        multiWay: [['void']],
      }),
    );
    const {problems} = readSynonyms(dir, 'docs/x/synonyms.json', vocabulary);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "docs/x/synonyms.json: oneWay.0.to: expected at least 1 word, received []",
        "docs/x/synonyms.json: multiWay.0: expected at least 2 words, received ["void"]",
      ]
    `);
    const unknown = readSynonyms(
      guideWith(JSON.stringify({oneWay: [{from: 'tenant', to: ['landlord']}]})),
      'f',
      vocabulary,
    );
    expect(unknown.problems.map(formatProblem)).toEqual([
      'f: oneWay.0.to: expected a word some article of the guide holds (a synonym that leads nowhere finds nothing), received ["landlord"]',
    ]);
    expect(readSynonyms(guideWith('{oneWay: ['), 'f', vocabulary).problems[0]).toMatchObject({
      file: 'f',
      field: 'synonyms',
    });
    expect(readSynonyms(guideWith('{"oneway": []}'), 'f', vocabulary).problems.map((p) => p.field)).toEqual([
      'synonyms',
    ]);
  });

  it('a broken synonyms file fails the build, naming the file and the entry', () => {
    const docs = path.join(tmp, 'docs');
    fs.cpSync(path.join(root, 'docs'), docs, {recursive: true});
    fs.writeFileSync(
      path.join(docs, 'amz', synonymsFileName),
      JSON.stringify({oneWay: [{from: 'parcel', to: ['zzyzx']}]}),
    );
    let error: unknown;
    try {
      loadKnowledgeBase(docs, tmp);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KbContentError);
    expect((error as KbContentError).message).toContain(
      'docs/amz/synonyms.json: oneWay.0.to: expected a word some article',
    );
  });
});

describe('search with the real guide’s synonyms', async () => {
  const kb = loadKnowledgeBase(path.join(root, 'docs'), root);
  const {urlPath} = writeSearchIndex(kb.articles, tmp, undefined, kb.synonyms, kb.named);
  const engine = await openIndex(async (f) =>
    JSON.parse(await fs.promises.readFile(path.join(tmp, urlPath, f), 'utf8')),
  );

  it('ranks by a word no article uses, through the article’s word, and marks the article’s word', async () => {
    const [hit] = await engine.search('we voided the purchase order but the parcel was dispatched anyway');
    expect(hit.kbId).toBe('AMZ-006');
    expect(hit.highlight.split(' ')).toEqual(expect.arrayContaining(['cancel', 'ship']));
    expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^cancel/)]),
    );
  });

  it('a one-way synonym does not run backwards', async () => {
    // "basket" → cart; nothing says "basket", so "cart" must not grow into it (the table has no "cart" key).
    expect(kb.synonyms.get('amz')?.cart).toBeUndefined();
  });
});

describe('entries that could never apply', () => {
  it('a word search drops before reading synonyms is refused, naming the entry', () => {
    const dir = guideWith(
      JSON.stringify({
        oneWay: [
          {from: 'sent', to: ['ship']},
          {from: 'the', to: ['cart']},
        ],
      }),
    );
    expect(readSynonyms(dir, 'f', vocabulary).problems.map((p) => p.field)).toEqual(['oneWay.0.from', 'oneWay.1.from']);
  });
});
