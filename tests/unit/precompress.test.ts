import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {precompress} from '../../deploy/precompress';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-precompress-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const page = (word: string) => `<!doctype html><p>${`${word} `.repeat(200)}</p>`;
const unbr = (file: string) => zlib.brotliDecompressSync(fs.readFileSync(file)).toString();
const ungz = (file: string) => zlib.gunzipSync(fs.readFileSync(file)).toString();

describe('precompress', () => {
  it('writes a .gz and a .br of each text file, with its mtime, and skips tiny and binary files', () => {
    const dir = site({'a.html': page('one'), 'assets/x.js': page('two'), 'tiny.css': 'a{}', 'i.png': page('three')});
    expect(precompress(dir)).toEqual({written: 4, fresh: 0});
    expect(unbr(path.join(dir, 'a.html.br'))).toBe(page('one'));
    expect(ungz(path.join(dir, 'assets/x.js.gz'))).toBe(page('two'));
    expect(fs.existsSync(path.join(dir, 'tiny.css.gz'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'i.png.gz'))).toBe(false);
    const mtime = (f: string) => Math.floor(fs.statSync(path.join(dir, f)).mtimeMs);
    expect(mtime('a.html.br')).toBe(mtime('a.html'));
  });

  it('leaves fresh copies alone and writes again those older than an edited source', () => {
    const dir = site({'a.html': page('one'), 'b.html': page('two')});
    precompress(dir);
    expect(precompress(dir)).toEqual({written: 0, fresh: 4});
    const file = path.join(dir, 'a.html');
    fs.writeFileSync(file, page('edited'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(precompress(dir)).toEqual({written: 2, fresh: 2});
    expect(unbr(`${file}.br`)).toBe(page('edited'));
    expect(ungz(`${file}.gz`)).toBe(page('edited'));
  });
});
