import {describe, expect, it} from 'vitest';
// The recorder nginx runs (njs): the same file, evaluated in Node.
import feedback from '../../deploy/feedback.js';
import {maxSentQueryLength, sentQuery} from '../../src/lib/feedback';

const vote = {type: 'vote', page: '/articles/amz-007', kbId: 'AMZ-007', vote: 'down'};
const search = {type: 'search', page: '/search', guide: '', query: 'amazon', count: 0, outcome: 'none'};

describe('mask', () => {
  it.each([
    ['write to jane.doe+kb@example.co.uk please', 'write to [email] please'],
    ['order 112-4567890-1234567 failed', 'order [number] failed'],
    ['order 123456789012', 'order [number]'],
    ['card 4111 1111 1111 1111', 'card [number]'],
    ['call +44 20 7946 0958', 'call [number]'],
    ['see https://shop.example.com/cart?token=abc123&x=1 now', 'see [url] now'],
    ['www.example.com/login?session=9 then', '[url] then'],
  ])('%s', (input, expected) => expect(feedback.mask(input)).toBe(expected));

  it('keeps what names no one: short numbers, URLs without a query, error codes', () => {
    const text = 'Error 500 at https://kb.example.com/articles/amz-007 step 3 (code 40123)';
    expect(feedback.mask(text)).toBe(text);
  });
});

describe('validate', () => {
  it('keeps the known fields of a vote, masks and caps its text', () => {
    const result = feedback.validate({...vote, reason: 'steps', text: `mail a@b.io ${'x'.repeat(600)}`, ip: '1.2.3.4'});
    expect(result.event).toMatchObject({type: 'vote', kbId: 'AMZ-007', vote: 'down', reason: 'steps', guide: ''});
    expect(result.event).not.toHaveProperty('ip');
    expect(result.event?.text?.startsWith('mail [email] xxx')).toBe(true);
    expect(result.event?.text).toHaveLength(500);
  });

  it('keeps a search with its count and outcome, the query masked', () => {
    expect(feedback.validate({...search, query: 'refund 123456789 a@b.com', count: 3, outcome: 'unopened'}).event)
      .toMatchInlineSnapshot(`
      {
        "count": 3,
        "guide": "",
        "outcome": "unopened",
        "page": "/search",
        "query": "refund [number] [email]",
        "type": "search",
      }
    `);
  });

  it.each([
    [null, 'body: expected a JSON object, received null'],
    [[vote], 'body: expected a JSON object, received an array'],
    [{...vote, type: 'click'}, 'type: expected "vote" or "search", received the string "click"'],
    [{...vote, vote: 1}, 'vote: expected "up" or "down", received a number'],
    [{...vote, page: 'x'}, 'page: expected a path starting with "/", received the string "x"'],
    [{...vote, kbId: '<b>'}, 'kbId: expected a KB ID such as "AMZ-007", received the string "<b>"'],
    [{...vote, vote: 'up', reason: 'unclear'}, 'reason: only a "down" vote has a reason, received vote "up"'],
    [{...vote, reason: 'bad'}, 'reason: expected "steps" or "wrong-article" or "unclear", received the string "bad"'],
    [{...search, count: -1}, 'count: expected a whole number of results, 0 or more, received a number'],
    [{...search, query: ' '}, 'query: expected a non-empty string, received the string " "'],
    [{...search, outcome: undefined}, 'outcome: expected "none" or "unopened", received a undefined'],
  ])('refuses %j', (body, error) => expect(feedback.validate(body).error).toBe(error));
});

describe('toLine', () => {
  const now = new Date('2026-11-30T10:00:00Z');

  it('writes one line, the server time first, a forged line kept inside its string', () => {
    const body = JSON.stringify({...search, query: 'x\n{"type":"vote","kbId":"AMZ-001","vote":"up"}'});
    const {line} = feedback.toLine(body, now);
    expect(line).not.toMatch(/[\n\r]/); // nginx's log adds the one newline
    expect(JSON.parse(line!)).toMatchObject({time: '2026-11-30T10:00:00.000Z', type: 'search', count: 0});
  });

  it('says so when the body is not JSON', () => {
    expect(feedback.toLine('{bad', now).error).toBe('body: expected JSON, received 4 characters that do not parse');
  });
});

describe('crossSite', () => {
  it("lets the site's own beacons and header-less clients through", () => {
    expect(feedback.crossSite({'Sec-Fetch-Site': 'same-origin'})).toBeNull();
    expect(feedback.crossSite({})).toBeNull();
  });

  it("over plain HTTP (no Sec-Fetch-Site), lets the site's own Origin through and refuses another", () => {
    expect(feedback.crossSite({Origin: 'http://kb.intranet:8080', Host: 'kb.intranet:8080'})).toBeNull();
    expect(
      feedback.crossSite({Origin: 'http://kb.intranet', Host: '10.0.0.5', 'X-Forwarded-Host': 'kb.intranet'}),
    ).toBeNull();
    expect(feedback.crossSite({Origin: 'http://KB.Intranet', Host: 'kb.intranet:80'})).toBeNull();
    expect(
      feedback.crossSite({Origin: 'http://kb.example', Host: '10.0.0.5', 'X-Forwarded-Host': 'kb.example, proxy.lan'}),
    ).toBeNull();
    expect(feedback.crossSite({Origin: 'http://evil.example', Host: 'kb.intranet'})).toBe(
      'Origin: expected this site (kb.intranet), received "http://evil.example"',
    );
    expect(feedback.crossSite({Origin: 'null', Host: 'kb.intranet'})).toBe(
      'Origin: expected this site (kb.intranet), received "null"',
    );
  });

  it.each(['cross-site', 'same-site', 'none'])('refuses Sec-Fetch-Site: %s, saying what it expected', (site) => {
    expect(feedback.crossSite({'Sec-Fetch-Site': site})).toBe(
      `Sec-Fetch-Site: expected "same-origin", received "${site}"`,
    );
  });
});

describe('sentQuery (the page, before sending)', () => {
  it('sends a query as is up to the limit, and cuts a longer one at a space, so no address is cut in two', () => {
    expect(sentQuery('order cancelled')).toBe('order cancelled');
    const long = `${'x '.repeat(240)}mail jane.doe@example.com please`;
    const sent = sentQuery(long);
    expect(sent.length).toBeLessThanOrEqual(maxSentQueryLength);
    expect(sent).not.toMatch(/jane|@/);
    expect(feedback.mask(sent)).toBe(sent.trim());
  });
});
