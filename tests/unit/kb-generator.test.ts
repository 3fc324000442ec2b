import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {generateKnowledgeBase} from '../../scripts/kb-generator';
import {loadKnowledgeBase} from '../../src/build/content';

const root = path.resolve(__dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-generator-'));
afterAll(() => fs.rmSync(work, {recursive: true, force: true}));

const snapshot = (dir: string) =>
  fs
    .readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .sort()
    .map((f) => (fs.statSync(path.join(dir, f)).isFile() ? `${f}\n${fs.readFileSync(path.join(dir, f), 'utf8')}` : f))
    .join('\n');

describe('npm run kb:generate', () => {
  it('writes a knowledge base of three guides that passes every content check, the real articles unchanged', () => {
    const out = path.join(work, 'a');
    const kb = generateKnowledgeBase({count: 40, out, seed: 3});
    expect(kb.guides.map((g) => g.prefix)).toEqual(['AMZ', 'EXA', 'EXB']);
    const loaded = loadKnowledgeBase(out, root);
    expect(loaded.articles).toHaveLength(40);
    for (const f of fs.readdirSync(path.join(root, 'docs/amz')))
      expect(fs.readFileSync(path.join(out, 'amz', f), 'utf8')).toBe(
        fs.readFileSync(path.join(root, 'docs/amz', f), 'utf8'),
      );
    // Each guide numbers its own articles from 001; the real AMZ ones keep theirs.
    expect(loaded.articles.filter((a) => a.guide === 'exa')[0].kbId).toBe('EXA-001');
    expect(loaded.articles.find((a) => a.kbId === 'AMZ-009')).toBeDefined();
  });

  it('writes the same files for the same seed', () => {
    generateKnowledgeBase({count: 30, out: path.join(work, 'b'), seed: 9});
    generateKnowledgeBase({count: 30, out: path.join(work, 'c'), seed: 9});
    expect(snapshot(path.join(work, 'b'))).toBe(snapshot(path.join(work, 'c')));
  });

  it('refuses to replace a folder it did not write', () => {
    const other = path.join(work, 'mine');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'notes.txt'), 'keep me');
    expect(() => generateKnowledgeBase({count: 30, out: other})).toThrow(/expected a new or empty folder/);
    expect(fs.readFileSync(path.join(other, 'notes.txt'), 'utf8')).toBe('keep me');
  });
});
