import {describe, expect, it} from 'vitest';
// The recorder nginx runs (njs): the same file, evaluated in Node.
import feedback from '../../deploy/feedback.js';
import {maxSentQueryLength, sentQuery} from '../../src/lib/feedback';
import {feedbackCorpus} from '../support/feedbackCorpus';
import {maskingCases, maskingEvent} from '../support/feedbackMasking';

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

// The same table goes through njs in tests/nginx/feedback.test.ts.
describe('the masking table (tests/fixtures/feedback-masking.json), in Node', () => {
  it.each(maskingCases.map((c, i) => [c.field, c.sent, c, i] as const))('%s %j', (field, _, c, i) => {
    const {event, error} = feedback.validate(maskingEvent(c, i));
    expect(error).toBeUndefined();
    expect(event?.[field]).toBe(c.stored);
  });
});

/** Every code point, as a string: surrogates aside, which are no character on their own. */
function codePoints(max = 0x10ffff): Array<[number, string]> {
  const all: Array<[number, string]> = [];
  for (let cp = 0; cp <= max; cp++) if (cp < 0xd800 || cp > 0xdfff) all.push([cp, String.fromCodePoint(cp)]);
  return all;
}

// njs has no \p{…} and its \s and \d are ASCII only: the recorder carries its own tables, checked here.
describe("the recorder's character tables, against Node's Unicode data", () => {
  const all = codePoints();
  const bmp = all.filter(([cp]) => cp <= 0xffff);
  const differ = (list: Array<[number, string]>, ours: (cp: number) => boolean, theirs: RegExp) =>
    list.filter(([cp, c]) => ours(cp) !== theirs.test(c)).map(([cp]) => cp.toString(16));

  it('digits: every decimal digit of the BMP, and nothing that is no digit', () => {
    expect(differ(bmp, feedback.isDigit, /\p{Nd}/u)).toEqual([]);
    // Beyond the BMP, Unicode adds scripts: claim nothing that is no digit, and know the mathematical ones.
    expect(all.filter(([cp, c]) => feedback.isDigit(cp) && !/\p{Nd}/u.test(c))).toEqual([]);
    expect(feedback.isDigit(0x1d7ce)).toBe(true);
  });

  it("spaces: JavaScript's \\s and NEL; U+FEFF is invisible instead", () => {
    expect(differ(bmp, feedback.isSpace, /\s/u)).toEqual(['85', 'feff']);
    expect(feedback.isInvisible(0xfeff)).toBe(true);
  });

  it('invisible: every format character of the BMP and the controls that are no space, nothing else', () => {
    const invisible = /[\p{Cf}\p{Cc}]/u;
    expect(differ(bmp, (cp) => feedback.isInvisible(cp) || feedback.isSpace(cp), invisible)).toEqual([
      '20',
      'a0',
      '1680',
      '2000',
      '2001',
      '2002',
      '2003',
      '2004',
      '2005',
      '2006',
      '2007',
      '2008',
      '2009',
      '200a',
      '2028',
      '2029',
      '202f',
      '205f',
      '3000',
    ]);
    expect(all.filter(([cp, c]) => feedback.isInvisible(cp) && !invisible.test(c))).toEqual([]);
  });
});

describe('the generated corpus (sent through nginx in tests/nginx/feedback.test.ts)', () => {
  const corpus = feedbackCorpus();

  it('masks every piece without an error, keeps nothing invisible, and a second pass changes nothing', () => {
    for (const text of corpus) {
      const masked = feedback.mask(text);
      expect(
        [...masked].filter((c) => feedback.isInvisible(c.codePointAt(0)!)),
        JSON.stringify(text),
      ).toEqual([]);
      expect(feedback.mask(masked), JSON.stringify(text)).toBe(masked);
    }
  });

  it('leaves no two groups of four digits of a card, in any script or spacing', () => {
    const card = /\p{Nd}{4}[\s\-./\uff0d]{1,3}\p{Nd}{4}/u;
    const cards = corpus.filter((text) => card.test(text));
    expect(cards.length).toBeGreaterThan(20);
    for (const text of cards) expect(feedback.mask(text), JSON.stringify(text)).not.toMatch(card);
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
    // njs's `$` matches before a final newline: the check must not rely on it.
    [{...vote, kbId: 'AMZ-003\n'}, 'kbId: expected a KB ID such as "AMZ-007", received the string "AMZ-003\\n"'],
    [
      {...vote, kbId: 'AMZ-5551234567'},
      'kbId: expected a KB ID such as "AMZ-007", received the string "AMZ-5551234567"',
    ],
    [
      {...search, query: '\u200b\u00a0\u202e'},
      'query: expected a non-empty string, received the string "\u200b\u00a0\u202e"',
    ],
    [{...vote, page: `/${'😀'.repeat(300)}`}, 'page: expected at most 300 characters, received 301'],
    [{...vote, vote: 'up', reason: 'unclear'}, 'reason: only a "down" vote has a reason, received vote "up"'],
    [{...vote, reason: 'bad'}, 'reason: expected "steps" or "wrong-article" or "unclear", received the string "bad"'],
    [{...search, count: -1}, 'count: expected a whole number of results, 0 or more, received a number'],
    [{...search, count: Infinity}, 'count: expected a whole number of results, 0 or more, received a number'],
    [{...search, query: ' '}, 'query: expected a non-empty string, received the string " "'],
    [{...search, outcome: undefined}, 'outcome: expected "none" or "unopened", received a undefined'],
  ])('refuses %j', (body, error) => expect(feedback.validate(body).error).toBe(error));
});

describe('characters as njs counts them (code points, a lone surrogate as U+FFFD)', () => {
  it('counts an emoji as one character, as njs does, so the limits agree', () => {
    expect(feedback.validate({...vote, page: `/${'😀'.repeat(299)}`}).event?.page).toHaveLength(1 + 2 * 299);
    expect(feedback.validate({...vote, kbId: 'AMZ-1000'}).event?.kbId).toBe('AMZ-1000');
  });

  it('caps text at 500 characters without cutting an emoji in half', () => {
    const text = feedback.validate({...vote, text: `x${'😀'.repeat(600)}`}).event?.text ?? '';
    expect([...text]).toHaveLength(500);
    expect(text.endsWith('😀')).toBe(true);
  });

  it('writes a lone surrogate as U+FFFD, the character njs parsed it into', () => {
    expect(feedback.mask('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
  });
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
