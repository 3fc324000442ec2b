import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';

const root = path.resolve(__dirname, '../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-base-url-'));
afterAll(() => fs.rmSync(out, {recursive: true, force: true}));

describe('deployed under another origin and base path', () => {
  it('builds canonical links, redirects and exports from SITE_URL and BASE_URL', () => {
    const r = spawnSync('npx', ['docusaurus', 'build', '--out-dir', out], {
      cwd: root,
      env: {...process.env, SITE_URL: 'https://support.example.org', BASE_URL: '/help/'},
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toContain('SITE_URL is not set');
    const page = fs.readFileSync(path.join(out, 'articles/order-cancelled.html'), 'utf8');
    expect(page).toMatch(/rel="?canonical"? href="?https:\/\/support\.example\.org\/help\/articles\/order-cancelled/);
    expect(page).toContain('"url":"https://support.example.org/help/articles/order-cancelled#step-1"');
    expect(fs.readFileSync(path.join(out, '_redirects'), 'utf8')).toContain('/help/kb/AMZ-003 /help/articles/order-cancelled 301');
    expect(fs.readFileSync(path.join(out, 'kb/AMZ-003/index.html'), 'utf8')).toContain('/help/articles/order-cancelled');
    expect(fs.readFileSync(path.join(out, 'llms.txt'), 'utf8')).toContain('https://support.example.org/help/articles/order-cancelled.md');
  });
});
