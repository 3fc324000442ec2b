import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {amzArticles} from './knowledgeBase';
import {builtSiteDir} from './browser';

const build = builtSiteDir;
const articles = amzArticles;

describe('machine-readable exports in the build', () => {
  it('llms.txt links a Markdown copy of every article', () => {
    const llms = fs.readFileSync(path.join(build, 'llms.txt'), 'utf8');
    expect(llms.startsWith('# PunchOut Help\n')).toBe(true);
    for (const a of articles)
      expect(llms).toContain(`[${a.kbId}: ${a.title}](https://kb.example.com${a.permalink}.md)`);
  });

  it.each(articles.map((a) => [a.kbId, a]))('%s has a Markdown copy with its causes and numbered steps', (_, a) => {
    const md = fs.readFileSync(path.join(build, `${a.permalink}.md`), 'utf8');
    expect(md.split('\n')[0]).toBe(`# ${a.kbId}: ${a.title}`);
    for (const c of a.causes) expect(md).toContain(`## Cause: ${c.title}`);
    a.steps.forEach((s, i) => expect(md).toContain(`${i + 1}. ${s.text}`));
  });

  it('_redirects sends every short link to its article with a 301', () => {
    const lines = fs.readFileSync(path.join(build, '_redirects'), 'utf8').trim().split('\n');
    for (const a of articles) expect(lines).toContain(`/kb/${a.kbId} ${a.permalink} 301`);
  });
});
