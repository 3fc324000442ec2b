import fs from 'node:fs';
import {describe, expect, inject, it} from 'vitest';
import feedback from '../../deploy/feedback.js';
import {feedbackCorpus} from '../support/feedbackCorpus';
import {maskedFields, maskingCases, maskingEvent, tagKbId} from '../support/feedbackMasking';
import {addressesFor, feedbackFile, mark, send, settledLinesSince} from './feedbackLog';

const baseURL = inject('baseURL');
const nginx = inject('nginx');
const endpoint = `${baseURL}${nginx.baseUrl}_feedback`;
const file = feedbackFile(nginx);

const vote = {type: 'vote', page: `${nginx.baseUrl}articles/amz-007`, kbId: 'AMZ-007', vote: 'down', guide: ''};
const search = {type: 'search', page: `${nginx.baseUrl}search`, guide: '', count: 0, outcome: 'none'};

describe('POST _feedback records one masked JSON line per event', () => {
  it('a vote with a reason: 204, no cookie, one line, text masked, no client address', async () => {
    const before = mark(file);
    const text = 'Mail jane@example.com about order 123456789012, see https://x.example/cart?token=s3cret';
    const res = await send(endpoint, {body: JSON.stringify({...vote, reason: 'steps', text})});
    expect(res.status).toBe(204);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBe(nginx.csp);
    const raw = await settledLinesSince(file, before);
    const lines = raw.map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        type: 'vote',
        page: vote.page,
        guide: '',
        kbId: 'AMZ-007',
        vote: 'down',
        reason: 'steps',
        text: 'Mail [email] about order [number], see [url]',
      },
    ]);
    expect(raw.join()).not.toMatch(/127\.0\.0\.1/);
  });

  it('a search that found nothing: 204, one line with the masked query and its count', async () => {
    const before = mark(file);
    const query = 'refund a@b.co 1234-5678-9012 http://shop.example/?token=abc';
    expect((await send(endpoint, {body: JSON.stringify({...search, query})})).status).toBe(204);
    expect((await settledLinesSince(file, before)).map((l) => JSON.parse(l) as unknown)).toEqual([
      expect.objectContaining({type: 'search', query: 'refund [email] [number] [url]', count: 0, outcome: 'none'}),
    ]);
  });

  it('a vote posted over plain HTTP from the site itself (its Origin, no Sec-Fetch-Site) is recorded', async () => {
    const before = mark(file);
    const res = await send(endpoint, {body: JSON.stringify(vote), headers: {origin: new URL(baseURL).origin}});
    expect(res.status).toBe(204);
    expect(await settledLinesSince(file, before)).toHaveLength(1);
  });

  it('a newline inside a string cannot forge a second line', async () => {
    const before = mark(file);
    const forged = `x\n{"type":"vote","kbId":"AMZ-001","vote":"up","page":"/","guide":""}\n`;
    expect((await send(endpoint, {body: JSON.stringify({...search, query: forged})})).status).toBe(204);
    const raw = await settledLinesSince(file, before);
    expect(raw).toHaveLength(1);
    expect(JSON.parse(raw[0]).query).toBe(forged.trim());
  });
});

describe('refused, and nothing written', () => {
  it.each([
    ['GET', {method: 'GET'}, 405],
    ['PUT', {method: 'PUT', body: JSON.stringify(vote)}, 405],
    ['a 3 KB body', {body: JSON.stringify({...search, query: 'x'.repeat(3 * 1024)})}, 413],
    ['malformed JSON', {body: '{"type":"vote",'}, 400],
    ['an unknown type', {body: JSON.stringify({...vote, type: 'click'})}, 400],
    ['a vote without a KB ID', {body: JSON.stringify({...vote, kbId: undefined})}, 400],
    // njs's `$` matches before a final newline: "AMZ-003\n" got by and broke the report's table.
    ['a KB ID with a newline after it', {body: JSON.stringify({...vote, kbId: 'AMZ-003\n'})}, 400],
    [
      'a vote posted from another site (Sec-Fetch-Site: cross-site)',
      {body: JSON.stringify(vote), headers: {'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example'}},
      403,
    ],
    [
      'a vote posted over plain HTTP from another site (Origin elsewhere)',
      {body: JSON.stringify(vote), headers: {origin: 'http://elsewhere.example'}},
      403,
    ],
  ])('%s', async (_, request, status) => {
    const before = mark(file);
    const res = await send(endpoint, request);
    expect(res.status).toBe(status);
    expect(await settledLinesSince(file, before)).toEqual([]);
  });

  it('the 400 says what was received and what was expected', async () => {
    const res = await send(endpoint, {body: JSON.stringify({...vote, type: 'click'})});
    expect(res.body.trim()).toBe('type: expected "vote" or "search", received the string "click"');
  });

  it('a burst from one address over the rate limit gets 429s', async () => {
    // Its own loopback address: the limit is per client, and the other tests come from 127.0.0.1.
    const statuses = await Promise.all(Array.from({length: 40}, () => send(endpoint, {from: '127.0.0.42', body: '{'})));
    expect(statuses.filter((s) => s.status === 429).length).toBeGreaterThanOrEqual(15);
    expect(statuses.filter((s) => s.status === 400).length).toBeGreaterThanOrEqual(1);
  });
});

/** The line a tagged event became: a search carries its tag as its count, a vote as its KB ID. */
function byTag(lines: readonly string[]): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const line of lines) {
    const event = JSON.parse(line) as Record<string, unknown>;
    found.set(event.type === 'vote' ? String(event.kbId) : `count ${String(event.count)}`, event);
  }
  return found;
}

const tagOf = (body: Record<string, unknown>, tag: number) => (body.type === 'vote' ? tagKbId(tag) : `count ${tag}`);

describe('the masking table (tests/fixtures/feedback-masking.json), through njs', () => {
  it('stores each case as the unit suite does in Node', async () => {
    const before = mark(file);
    const from = addressesFor(27);
    const bodies = maskingCases.map((c, i) => maskingEvent(c, i, nginx.baseUrl));
    for (const body of bodies) {
      const res = await send(endpoint, {body: JSON.stringify(body), from: from(), timeoutMs: 5_000});
      expect(res.status, `${res.body} for ${JSON.stringify(body)}`).toBe(204);
    }
    const stored = byTag(await settledLinesSince(file, before));
    const got = maskingCases.map((c, i) => ({sent: c.sent, stored: stored.get(tagOf(bodies[i], i))?.[c.field]}));
    expect(got).toEqual(maskingCases.map((c) => ({sent: c.sent, stored: c.stored})));
  });
});

describe('a generated corpus of pasted text (tests/support/feedbackCorpus.ts), fuzzing the endpoint', () => {
  it('answers 204 or 4xx, never 5xx nor nothing; stores what Node stores; every line of the log parses', async () => {
    const before = mark(file);
    const from = addressesFor(28);
    const expected = new Map<string, object>();
    for (const [i, text] of feedbackCorpus().entries()) {
      const field = maskedFields[i % maskedFields.length];
      const body = maskingEvent({field, sent: field === 'page' ? `/${text}` : text, stored: ''}, i, nginx.baseUrl);
      const json = JSON.stringify(body);
      const res = await send(endpoint, {body: json, from: from(), timeoutMs: 5_000});
      const node = feedback.validate(body);
      const want = Buffer.byteLength(json) > 2048 ? 413 : node.error ? 400 : 204;
      expect(res.status, `${res.body} for ${json}`).toBe(want);
      if (node.event) expected.set(tagOf(body, i), node.event);
    }
    const stored = byTag(await settledLinesSince(file, before));
    expect(expected.size).toBeGreaterThan(200);
    for (const [tag, event] of expected)
      expect({tag, ...stored.get(tag)}).toEqual({tag, time: expect.any(String), ...event});
    const all = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const broken = all.filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });
});

describe('the feedback log file', () => {
  it('is readable and writable by its owner only (0600), since it holds what readers wrote', () => {
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
  });
});
