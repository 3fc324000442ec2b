import {describe, expect, it} from 'vitest';
import type {FeedbackLine} from '../../deploy/feedback';
import {barChart, charWidth, reportHtml} from '../../scripts/feedback/html';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {parseArgs} from '../../scripts/feedback-report';
import {closestArticles} from '../../scripts/feedback/closest';
import {indexVocabulary} from '../../scripts/feedback/candidates';
import {loadKnowledgeBase} from '../../src/build/content';
import {writeSearchIndex} from '../../src/search/build/writeSearchIndex';
import {logFiles, parseLog, readLog} from '../../scripts/feedback/read';
import {buildReport, printable, reportText} from '../../scripts/feedback/report';
import {articleVotes, failedSearches, weekOf, weeklyTrend} from '../../scripts/feedback/summarize';

const at = (time: string, e: Omit<FeedbackLine, 'time' | 'page' | 'guide'>): FeedbackLine =>
  ({time, page: '/x', guide: '', ...e}) as FeedbackLine;

const events: FeedbackLine[] = [
  at('2026-11-02T09:00:00Z', {type: 'vote', kbId: 'AMZ-001', vote: 'up'}),
  at('2026-11-03T09:00:00Z', {type: 'vote', kbId: 'AMZ-001', vote: 'down'}),
  // The same browser adds its reason: the same No, counted once.
  at('2026-11-03T09:00:05Z', {
    type: 'vote',
    kbId: 'AMZ-001',
    vote: 'down',
    previous: 'down',
    reason: 'steps',
    text: 'Step 2 fails',
  }),
  at('2026-11-04T09:00:00Z', {type: 'vote', kbId: 'AMZ-002', vote: 'down'}),
  // A browser changes its No to Yes.
  at('2026-11-10T09:00:00Z', {type: 'vote', kbId: 'AMZ-002', vote: 'up', previous: 'down'}),
  at('2026-11-08T23:59:59Z', {type: 'search', query: 'Café ERROR', count: 0, outcome: 'none'}),
  at('2026-11-09T00:00:00Z', {type: 'search', query: 'cafe error', count: 0, outcome: 'none'}),
  at('2026-11-10T00:00:00Z', {type: 'search', query: 'cafe  error', count: 2, outcome: 'unopened'}),
  at('2026-11-11T00:00:00Z', {type: 'search', query: 'refund [number]', count: 0, outcome: 'none'}),
];

describe('articleVotes', () => {
  it('counts each browser once (a changed vote or an added reason replaces the previous), with the share that helped', () => {
    expect(articleVotes(events)).toEqual([
      {kbId: 'AMZ-001', up: 1, down: 1, helped: 0.5, reasons: {steps: 1}, texts: ['Step 2 fails']},
      {kbId: 'AMZ-002', up: 1, down: 0, helped: 1, reasons: {}, texts: []},
    ]);
  });

  it('never counts below zero when the replaced vote is not in the log (--since, rotation)', () => {
    const [a] = articleVotes([
      at('2026-11-10T09:00:00Z', {type: 'vote', kbId: 'AMZ-002', vote: 'up', previous: 'down'}),
    ]);
    expect(a).toMatchObject({up: 1, down: 0, helped: 1});
  });
});

describe('failedSearches', () => {
  it('groups case- and accent-insensitively, most frequent first, in the most used spelling', () => {
    expect(failedSearches(events)).toEqual([
      {query: 'Café ERROR', times: 3, none: 2, unopened: 1, results: 2},
      {query: 'refund [number]', times: 1, none: 1, unopened: 0, results: 0},
    ]);
  });
});

describe('weeklyTrend', () => {
  it('weeks start on Monday (UTC)', () => {
    expect(weekOf('2026-11-08T23:59:59Z')).toBe('2026-11-02'); // a Sunday
    expect(weekOf('2026-11-09T00:00:00Z')).toBe('2026-11-09'); // a Monday
  });

  it('counts votes cast (a change in its own week, an added reason not) and failed searches per week', () => {
    expect(weeklyTrend(events)).toEqual([
      {week: '2026-11-02', up: 1, down: 2, failedSearches: 1},
      {week: '2026-11-09', up: 1, down: 0, failedSearches: 3},
    ]);
  });
});

describe('parseLog', () => {
  it('counts malformed lines and skips them; --since drops older events', () => {
    const good = JSON.stringify(events[0]);
    const text = `${good}\n{"type":"vote"\nnot json\n{"type":"other","time":"2026-11-02T00:00:00Z"}\n\n${JSON.stringify(events[4])}\n`;
    expect(parseLog(text)).toMatchObject({malformed: 3, events: [events[0], events[4]]});
    expect(parseLog(text, new Date('2026-11-05T00:00:00Z')).events).toEqual([events[4]]);
  });
});

describe('the report', () => {
  it('names the closest article of each failed search, in text and in self-contained HTML', async () => {
    const report = await buildReport(events, 2, undefined, async (q) =>
      q.startsWith('Café') ? {kbId: 'AMZ-003', title: 'Café <problem>'} : null,
    );
    expect(report.searches.map((s) => s.closest)).toEqual([{kbId: 'AMZ-003', title: 'Café <problem>'}, null]);
    const text = reportText(report);
    expect(text).toContain('9 events, 2 malformed lines skipped');
    expect(text).toMatch(/AMZ-001 +1 +1 +50% +steps 1/);
    expect(text).toMatch(/Café ERROR +3 +2 +1 +AMZ-003 Café <problem>/);
    const html = reportHtml(report, new Date('2026-11-30T00:00:00Z'));
    expect(html).toContain('AMZ-003 Café &#60;problem&#62;');
    expect(html).toContain('<svg role="img" aria-label="Votes per article"');
    expect(html).toContain('<svg role="img" aria-label="Failed searches per week"');
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
  });

  it('shows a failed search found only word by word with the word, and no terminal escape of a reader', async () => {
    const report = await buildReport(
      [at('2026-11-02T09:00:00Z', {type: 'search', query: 'x\u001b[2Jy', count: 0, outcome: 'none'})],
      0,
      undefined,
      async () => ({kbId: 'AMZ-003', title: 'Order Cancelled', word: 'cancelled'}),
    );
    const text = reportText(report);
    expect(text).toContain('AMZ-003 Order Cancelled (from "cancelled" alone)');
    expect(text).not.toContain('\u001b');
    expect(printable('a\u0007b\u009bc')).toBe('a\ufffdb\ufffdc');
  });

  it('draws nothing for no bars, and never a negative width', () => {
    expect(barChart('Empty', [])).toBe('');
    expect(barChart('One', [{label: 'w', parts: [{name: 'No', value: -1, color: '#000'}]}])).not.toContain('<rect');
  });
});

describe('the command line and the log files', () => {
  it('takes --name value and --name=value, and refuses what it does not know, saying what it accepts', () => {
    expect(parseArgs(['--since', '2026-11-01', '--json', '--dir=/srv/kb'])).toEqual({
      values: {since: '2026-11-01', dir: '/srv/kb'},
      json: true,
    });
    expect(() => parseArgs(['--sinse', '2026-11-01'])).toThrow(
      "Unknown option '--sinse': expected --dir DIR, --build DIR, --since YYYY-MM-DD, --out FILE or --json, received --sinse 2026-11-01",
    );
    expect(() => parseArgs(['--since'])).toThrow("Option '--since <value>' argument missing");
  });

  it('reads what a rotation left beside the log, oldest first, compressed or not', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-feedback-logs-'));
    const line = (i: number) => `${JSON.stringify(events[i])}\n`;
    fs.writeFileSync(path.join(dir, 'feedback.jsonl'), line(4));
    fs.writeFileSync(path.join(dir, 'feedback.jsonl.1'), line(3));
    fs.writeFileSync(path.join(dir, 'feedback.jsonl.2.gz'), zlib.gzipSync(line(0)));
    fs.writeFileSync(path.join(dir, 'report.html'), '<p>');
    expect(logFiles(dir, 'feedback.jsonl').map((f) => path.basename(f))).toEqual([
      'feedback.jsonl.2.gz',
      'feedback.jsonl.1',
      'feedback.jsonl',
    ]);
    expect(readLog(dir, 'feedback.jsonl')).toEqual({events: [events[0], events[3], events[4]], malformed: 0});
    // A copy that does not unpack is one malformed line, never fatal; dated copies (dateext) are read by date.
    fs.writeFileSync(path.join(dir, 'feedback.jsonl.3.gz'), 'not gzip');
    expect(readLog(dir, 'feedback.jsonl').malformed).toBe(1);
    for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'feedback.jsonl-20261201'), line(3));
    fs.writeFileSync(path.join(dir, 'feedback.jsonl-20261124.gz'), zlib.gzipSync(line(0)));
    expect(readLog(dir, 'feedback.jsonl').events).toEqual([events[0], events[3]]);
    fs.rmSync(dir, {recursive: true});
    expect(() => readLog(dir, 'feedback.jsonl')).toThrow(/No feedback log in .*: expected feedback.jsonl/);
  });

  it('leaves the closest article out, saying why, when there is no build', async () => {
    const {lookup, unavailable} = await closestArticles(path.join(os.tmpdir(), 'kb-no-build-here'));
    expect(unavailable).toMatch(/No search index in .*run npm run build first/);
    expect(await lookup('order cancelled')).toBeNull();
  });
});

describe('candidate synonyms', () => {
  it('lists the words of failed searches that no article holds, most used first, from the built index', async () => {
    const log = [
      at('2026-11-02T09:00:00Z', {type: 'search', query: 'parcel never came, order voided', count: 0, outcome: 'none'}),
      at('2026-11-02T09:01:00Z', {type: 'search', query: 'Parcel tracking [number]', count: 0, outcome: 'none'}),
      at('2026-11-02T09:02:00Z', {type: 'search', query: 'thanks, the parcel', count: 3, outcome: 'unopened'}),
    ];
    // A word is known when an article holds it ("order") or a synonym names it ("voided"): not a candidate.
    const known = (w: string) => ['order', 'voided'].includes(w);
    const report = await buildReport(log, 0, undefined, async () => null, known);
    expect(report.candidates).toEqual([
      {word: 'parcel', times: 3},
      {word: 'came', times: 1},
      {word: 'never', times: 1},
      {word: 'tracking', times: 1},
    ]);
    expect(reportText(report)).toMatch(/Candidate synonyms[^\n]*\nWord +Searches\nparcel +3/);
    expect(reportHtml(report, new Date('2026-11-30T00:00:00Z'))).toContain('<h2>Candidate synonyms</h2>');
  });

  it('reads what a built index knows: its articles’ words and its guides’ synonyms', () => {
    const root = path.resolve(__dirname, '../..');
    const kb = loadKnowledgeBase(path.join(root, 'docs'), root);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-candidates-'));
    try {
      const {urlPath} = writeSearchIndex(kb.articles, out, undefined, kb.synonyms, kb.named);
      const known = indexVocabulary(path.join(out, urlPath));
      expect(known('cancelled')).toBe(true); // in the articles
      expect(known('parcel')).toBe(true); // a synonym of the real guide
      expect(known('zeppelin')).toBe(false);
    } finally {
      fs.rmSync(out, {recursive: true, force: true});
    }
  });
});

describe('the report’s bar chart', () => {
  it('leaves room for the longest total after the longest bar, so no label is cut off', () => {
    const svg = barChart('Votes per article', [
      {
        label: 'AMZ-001',
        parts: [
          {name: 'Yes', value: 120, color: '#000'},
          {name: 'No', value: 3, color: '#111'},
        ],
      },
      {
        label: 'AMZ-002',
        parts: [
          {name: 'Yes', value: 0, color: '#000'},
          {name: 'No', value: 1, color: '#111'},
        ],
      },
    ]);
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
    const totals = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+">(Yes [^<]+)<\/text>/g)];
    expect(totals.map((t) => t[2])).toEqual(['Yes 120, No 3', 'Yes 0, No 1']);
    for (const [, x, text] of totals) expect(Number(x) + text.length * charWidth).toBeLessThanOrEqual(width);
  });
});
